package rectify.support;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word files as offices write them, for the tests and benchmarks that read documents in. */
public final class WordFiles {

    private WordFiles() {
    }

    /** A4 with the GB/T 9704 margins, so that a page holds what an official document's page holds. */
    public static void gbtPage(XWPFDocument document) {
        var section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setRight(BigInteger.valueOf(1474));
    }

    /**
     * An automatic numbering list whose levels are {format, text} pairs such as {"chineseCounting", "%1、"}; answers
     * the numId paragraphs refer to.
     */
    public static BigInteger numbering(XWPFDocument document, String[][] levels) {
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
            lvl.addNewLvlText().setVal(levels[i][1]);
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }
}
