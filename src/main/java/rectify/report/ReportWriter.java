package rectify.report;

import static rectify.document.GbtLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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

    public void write(ReportContent report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            pageNumbers(document);

            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, false);
            title.setStyle(Style.TITLE.id);
            List<String> lines = TitleLines.of(report.title());
            for (int i = 0; i < lines.size(); i++) {
                XWPFRun line = run(title, lines.get(i), XIAOBIAOSONG, TITLE_HALF_POINTS, false);
                if (i + 1 < lines.size()) {
                    line.addBreak();
                }
            }
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
                items(document, a.problems());
            }
            if (report.selfFound() != null) {
                heading1(document, number++, report.selfFound().heading());
                body(document, report.selfFound().intro());
                items(document, report.selfFound().problems());
            }
            for (ReportContent.Section section : report.after()) {
                section(document, number++, section);
            }
            if (report.closing() != null) {
                body(document, report.closing());
            }

            signed(document, report.issuer(), Formats.chineseDate(report.date()), report.sealed());
            document.write(out);
        }
    }

    /** "1. 关于…的问题。（已整改到位）" kept with "整改情况：……" below it. */
    private void items(XWPFDocument document, List<ReportContent.Item> items) {
        for (ReportContent.Item item : items) {
            XWPFParagraph problem = paragraph(document, ParagraphAlignment.BOTH, true);
            problem.setStyle(Style.HEADING3.id);
            problem.setKeepNext(true);
            String problemTitle = item.title().endsWith("。") ? item.title() : item.title() + "。";
            String line = item.seq() + ". " + problemTitle;
            String status = "（" + item.statusWords() + "）";
            XWPFRun words = run(problem, line, FANGSONG, BODY_HALF_POINTS, true);
            if (wouldBreak(line, status)) {
                words.addBreak();
            }
            run(problem, status, FANGSONG, BODY_HALF_POINTS, true);
            XWPFParagraph summary = paragraph(document, ParagraphAlignment.BOTH, true);
            summary.setStyle(Style.BODY.id);
            run(summary, "整改情况：", FANGSONG, BODY_HALF_POINTS, false);
            enumerated(summary, item.summary());
        }
    }

    /**
     * Whether the status words that follow an indented problem line would be broken over two lines on the grid of 28
     * characters: then they start a line of their own. Word, WPS and LibreOffice all break Chinese text between any
     * two characters, so this is worked out from the grid (see {@link TitleLines#width}); Latin text is counted a
     * little wide, as LibreOffice sets a quarter of a character between it and Chinese.
     */
    static boolean wouldBreak(String line, String status) {
        double at = 2 + TitleLines.width(line) + 0.25 * scriptChanges(line);
        double room = CHARACTERS_PER_LINE - at % CHARACTERS_PER_LINE;
        return room < TitleLines.width(status) && room > 0.5;
    }

    private static int scriptChanges(String text) {
        int changes = 0;
        for (int i = 1; i < text.length(); i++) {
            if ((text.charAt(i) < 0x2000) != (text.charAt(i - 1) < 0x2000)) {
                changes++;
            }
        }
        return changes;
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
}
