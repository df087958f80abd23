package rectify.document;

import java.io.IOException;
import java.io.OutputStream;
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
import org.springframework.stereotype.Component;

import rectify.inspection.ChineseNumbers;
import rectify.shared.web.Formats;

/**
 * Lays the report out as GB/T 9704-2012 asks (see design/gbt9704.md): A4, margins 37/28/35/26 mm, a grid of 22
 * lines of 28 characters, 3号 仿宋 body with two-character indents, 2号 小标宋 title, 黑体 / 楷体 / 仿宋 headings,
 * "一是" set bold, the issuer and date four characters in from the right, and page numbers "— n —" in 4号 宋体,
 * right on odd pages and left on even ones.
 */
@Component
public class ReportWriter {

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
    private static final Pattern ENUMERATION = Pattern.compile("[一二三四五六七八九十]{1,3}是");

    public void write(ReportContent report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            pageNumbers(document);

            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, false);
            run(title, report.title(), XIAOBIAOSONG, TITLE_HALF_POINTS, false);
            blank(document);
            if (report.recipient() != null) {
                XWPFParagraph recipient = paragraph(document, ParagraphAlignment.LEFT, false);
                String text = report.recipient().endsWith("：") ? report.recipient() : report.recipient() + "：";
                run(recipient, text, FANGSONG, BODY_HALF_POINTS, false);
            }
            body(document, report.opening());

            int number = 1;
            for (ReportContent.Section section : report.before()) {
                section(document, number++, section);
            }
            heading1(document, number++, report.feedbackHeading());
            body(document, report.feedbackIntro());
            int aspect = 1;
            for (ReportContent.Aspect a : report.aspects()) {
                heading2(document, "（" + ChineseNumbers.of(aspect++) + "）" + a.title());
                for (ReportContent.Item item : a.problems()) {
                    XWPFParagraph problem = paragraph(document, ParagraphAlignment.BOTH, true);
                    String problemTitle = item.title().endsWith("。") ? item.title() : item.title() + "。";
                    run(problem, item.seq() + ". " + problemTitle + "（" + item.statusWords() + "）", FANGSONG,
                            BODY_HALF_POINTS, true);
                    XWPFParagraph summary = paragraph(document, ParagraphAlignment.BOTH, true);
                    run(summary, "整改情况：", FANGSONG, BODY_HALF_POINTS, false);
                    enumerated(summary, item.summary());
                }
            }
            for (ReportContent.Section section : report.after()) {
                section(document, number++, section);
            }

            blank(document);
            XWPFParagraph issuer = signature(document);
            run(issuer, report.issuer(), FANGSONG, BODY_HALF_POINTS, false);
            XWPFParagraph date = signature(document);
            run(date, Formats.chineseDate(report.date()), FANGSONG, BODY_HALF_POINTS, false);
            document.write(out);
        }
    }

    private void section(XWPFDocument document, int number, ReportContent.Section section) {
        heading1(document, number, section.heading());
        for (String paragraph : section.paragraphs()) {
            if (paragraph.matches("^（[一二三四五六七八九十]{1,3}）.*")) {
                leadHeading(document, paragraph);
            } else {
                body(document, paragraph);
            }
        }
    }

    private void heading1(XWPFDocument document, int number, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.LEFT, true);
        run(p, ChineseNumbers.of(number) + "、" + text, HEITI, BODY_HALF_POINTS, false);
    }

    private void heading2(XWPFDocument document, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, true);
        run(p, text, KAITI, BODY_HALF_POINTS, false);
    }

    /** "（一）深化认识，精心组织。科协党组……": the lead in 楷体, the rest of the paragraph in 仿宋. */
    private void leadHeading(XWPFDocument document, String paragraph) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, true);
        int end = paragraph.indexOf('。');
        if (end > 0 && end < 40 && end + 1 < paragraph.length()) {
            run(p, paragraph.substring(0, end + 1), KAITI, BODY_HALF_POINTS, false);
            run(p, paragraph.substring(end + 1), FANGSONG, BODY_HALF_POINTS, false);
        } else {
            run(p, paragraph, KAITI, BODY_HALF_POINTS, false);
        }
    }

    private void body(XWPFDocument document, String text) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, true);
        enumerated(p, text);
    }

    /** The text with every "一是、二是…" in bold, as the seed sets it. */
    private void enumerated(XWPFParagraph p, String text) {
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

    private XWPFParagraph signature(XWPFDocument document) {
        XWPFParagraph p = paragraph(document, ParagraphAlignment.RIGHT, false);
        p.setIndentationRight(4 * 320);
        return p;
    }

    private void blank(XWPFDocument document) {
        paragraph(document, ParagraphAlignment.LEFT, false);
    }

    /** A paragraph on the grid: exact line pitch, no spacing before or after, optionally indented two characters. */
    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, boolean indent) {
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

    private static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints, boolean bold) {
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
    private static void page(XWPFDocument document) {
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
    private static void pageNumbers(XWPFDocument document) {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
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
