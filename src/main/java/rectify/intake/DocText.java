package rectify.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** A Word 97–2003 (.doc) document: its paragraphs in order, soft breaks as lines, tables as in docx. */
final class DocText {

    private DocText() {
    }

    static List<SourceLine> lines(POIFSFileSystem file) throws IOException {
        try (HWPFDocument document = new HWPFDocument(file)) {
            Range range = document.getRange();
            List<SourceLine> lines = new ArrayList<>();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    lines.addAll(FeedbackTable.lines(rows(table)));
                    i += table.numParagraphs() - 1;
                    continue;
                }
                String[] parts = clean(paragraph.text()).split("[\\n\\r\\u000b]");
                for (int j = 0; j < parts.length; j++) {
                    lines.add(j == 0 ? SourceLine.paragraph(parts[j]) : SourceLine.line(parts[j]));
                }
            }
            return lines;
        }
    }

    private static List<List<List<String>>> rows(Table table) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> paragraphs = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    String text = clean(cell.getParagraph(p).text()).strip();
                    if (!text.isEmpty()) {
                        paragraphs.add(text);
                    }
                }
                cells.add(paragraphs);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Word's field codes (between 0x13 and 0x14) go; their shown result (up to 0x15) stays; cell marks go. */
    static String clean(String text) {
        return text.replaceAll("\\u0013[^\\u0014\\u0015]*\\u0014", "").replaceAll("\\u0013[^\\u0015]*\\u0015", "")
                .replace("\u0015", "").replace("\u0007", "").replace("\u0001", "").replace("\f", "\n");
    }
}
