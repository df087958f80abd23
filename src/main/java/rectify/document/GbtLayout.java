package rectify.document;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

import rectify.inspection.ChineseNumbers;

/**
 * The page and type of GB/T 9704-2012 official documents (see design/gbt9704.md), shared by every docx Rectify
 * writes: A4 with its margins and 22-line grid, "— n —" page numbers, 3号 仿宋 body paragraphs with two-character
 * indents, 黑体 / 楷体 headings, "一是" in bold, and signatures four characters in from the right.
 */
final class GbtLayout {

    static final String FANGSONG = "仿宋_GB2312";
    static final String KAITI = "楷体_GB2312";
    static final String HEITI = "黑体";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String SONGTI = "宋体";
    static final int BODY_HALF_POINTS = 32;
    static final int TITLE_HALF_POINTS = 44;
    static final int PAGE_NUMBER_HALF_POINTS = 28;
    /** 225 mm of text block / 22 lines, in twips: the exact line pitch. */
    static final int LINE_PITCH = 579;
    static final Pattern ENUMERATION = Pattern.compile("[一二三四五六七八九十]{1,3}是");

    private GbtLayout() {
    }

    static void body(XWPFDocument document, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, true);
        enumerated(p, text);
    }

    static void heading2(XWPFDocument document, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, true);
        run(p, text, KAITI, BODY_HALF_POINTS, false);
    }

    static void heading1(XWPFDocument document, int number, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.LEFT, true);
        run(p, ChineseNumbers.of(number) + "、" + text, HEITI, BODY_HALF_POINTS, false);
    }

    /** The text with every "一是、二是…" in bold, as the seed sets it. */
    static void enumerated(XWPFParagraph p, String text) {
        Matcher m = ENUMERATION.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                run(p, text.substring(at, m.start()), FANGSONG, BODY_HALF_POINTS, false);
            }
            run(p, m.group(), FANGSONG, BODY_HALF_POINTS, true);
            at = m.end();
        }
        if (at < text.length()) {
            run(p, text.substring(at), FANGSONG, BODY_HALF_POINTS, false);
        }
    }

    static XWPFParagraph signature(XWPFDocument document) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.RIGHT, false);
        p.setIndentationRight(4 * 320);
        return p;
    }

    static void blank(XWPFDocument document) {
        paragraph(document, ParagraphAlignment.LEFT, false);
    }

    /** A paragraph on the grid: exact line pitch, no spacing before or after, optionally indented two characters. */
    static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, boolean indent) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(LINE_PITCH));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        if (indent) {
            p.setFirstLineIndent(2 * 320);
            ppr.getInd().setFirstLineChars(BigInteger.valueOf(200));
        }
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(halfPoints / 2.0);
        var rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(font.equals(FANGSONG) ? "Times New Roman" : font);
        fonts.setHAnsi(font.equals(FANGSONG) ? "Times New Roman" : font);
        return run;
    }

    /** A4, the GB/T 9704 margins, and the 22-line grid. */
    static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(1304));
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        // a line grid of 22 lines; at 3号 (16 pt) the 156 mm text block holds 28 characters a line by itself
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** "— n —" in 4号 宋体: odd pages on the right, even pages on the left, one character in from the edge. */
    static void pageNumbers(XWPFDocument document) {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        run(p, "— ", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        XWPFRun field = run(p, "", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        field.getCTR().addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instruction = run(p, "", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun end = run(p, "", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
        end.getCTR().addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        run(p, " —", SONGTI, PAGE_NUMBER_HALF_POINTS, false);
    }
}
