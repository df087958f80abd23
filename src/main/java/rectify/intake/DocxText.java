package rectify.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word (docx) document in reading order: paragraphs with the labels of their automatic numbering, soft line
 * breaks as lines, fields as their shown result, content controls, and tables (see {@link FeedbackTable}).
 */
final class DocxText {

    private DocxText() {
    }

    static List<SourceLine> lines(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            ListLabels labels = new ListLabels(document);
            List<SourceLine> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(lines, labels.of(paragraph) + paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    lines.addAll(FeedbackTable.lines(rows(table, labels)));
                } else if (element instanceof XWPFSDT sdt) {
                    add(lines, sdt.getContent().getText());
                }
            }
            return lines;
        }
    }

    /** A paragraph, split at its soft line breaks. */
    private static void add(List<SourceLine> lines, String text) {
        String[] parts = text.split("[\\n\\r\\u000b]");
        for (int i = 0; i < parts.length; i++) {
            lines.add(i == 0 ? SourceLine.paragraph(parts[i]) : SourceLine.line(parts[i]));
        }
    }

    private static List<List<List<String>>> rows(XWPFTable table, ListLabels labels) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<List<String>> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> paragraphs = new ArrayList<>();
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    String text = labels.of(paragraph) + paragraph.getText();
                    for (String part : text.split("[\\n\\r\\u000b]")) {
                        if (!part.isBlank()) {
                            paragraphs.add(part);
                        }
                    }
                }
                for (XWPFTable nested : cell.getTables()) {
                    rows(nested, labels).forEach(r -> r.forEach(paragraphs::addAll));
                }
                cells.add(paragraphs);
            }
            rows.add(cells);
        }
        return rows;
    }
}
