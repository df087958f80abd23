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
            Labels labels = new Labels();
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
                String[] parts = (labels.of(paragraph) + clean(paragraph.text())).split("[\\n\\r\\u000b]");
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

    /**
     * The labels Word prints in front of automatically numbered paragraphs, as in {@link ListLabels}: one counter per
     * list and level, deeper levels starting again under a new higher item.
     */
    private static final class Labels {

        /** The number formats of the binary format, in the order OOXML names them (MS-DOC nfc). */
        private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
                "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting",
                "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
                "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
                "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
                "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
                "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
                "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};

        private final java.util.Map<Integer, int[]> counters = new java.util.HashMap<>();

        String of(Paragraph paragraph) {
            try {
                return label(paragraph);
            } catch (RuntimeException e) {
                return "";
            }
        }

        private String label(Paragraph paragraph) {
            if (!paragraph.isInList() || paragraph.getList() == null) {
                return "";
            }
            org.apache.poi.hwpf.usermodel.HWPFList list = paragraph.getList();
            int level = Math.max(0, Math.min(8, paragraph.getIlvl()));
            int[] count = counters.computeIfAbsent(paragraph.getIlfo(), id -> {
                int[] fresh = new int[9];
                for (int i = 0; i < 9; i++) {
                    fresh[i] = start(list, i) - 1;
                }
                return fresh;
            });
            count[level]++;
            for (int deeper = level + 1; deeper < 9; deeper++) {
                count[deeper] = start(list, deeper) - 1;
            }
            if ("bullet".equals(format(list, level))) {
                return "";
            }
            String text = list.getNumberText((char) level);
            if (text == null) {
                return "";
            }
            StringBuilder label = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c < 9) {
                    label.append(ListLabels.value(Math.max(count[c], 1), format(list, c)));
                } else {
                    label.append(c);
                }
            }
            return label.toString();
        }

        private static int start(org.apache.poi.hwpf.usermodel.HWPFList list, int level) {
            try {
                return list.getStartAt((char) level);
            } catch (RuntimeException e) {
                return 1;
            }
        }

        private static String format(org.apache.poi.hwpf.usermodel.HWPFList list, int level) {
            int nfc = list.getNumberFormat((char) level);
            return nfc >= 0 && nfc < FORMATS.length ? FORMATS[nfc] : "decimal";
        }
    }

    /** Word's field codes (between 0x13 and 0x14) go; their shown result (up to 0x15) stays; cell marks go. */
    static String clean(String text) {
        return text.replaceAll("\\u0013[^\\u0014\\u0015]*\\u0014", "").replaceAll("\\u0013[^\\u0015]*\\u0015", "")
                .replace("\u0015", "").replace("\u0007", "").replace("\u0001", "").replace("\f", "\n");
    }
}
