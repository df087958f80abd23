package rectify.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import rectify.shared.BusinessException;

/**
 * Reads the first sheet of a workbook row by row with the SAX event API, so a large file is never held in memory:
 * each row arrives as its 1-based row number and the formatted text of its cells.
 */
final class LedgerRows {

    private LedgerRows() {
    }

    record RowValues(int number, String[] cells) {
        String cell(int column) {
            return column < cells.length && cells[column] != null ? cells[column].strip() : "";
        }

        /** The row with its cells in the order {@code at} gives: {@code at[i]} is where column i is, or -1. */
        RowValues arranged(int[] at) {
            String[] arranged = new String[at.length];
            for (int i = 0; i < at.length; i++) {
                arranged[i] = at[i] >= 0 && at[i] < cells.length ? cells[at[i]] : null;
            }
            return new RowValues(number, arranged);
        }

        /** Where each of these headings is in this row, or -1. */
        int[] positionsOf(String[] headings) {
            int[] at = new int[headings.length];
            for (int i = 0; i < headings.length; i++) {
                at[i] = -1;
                for (int c = 0; c < cells.length; c++) {
                    if (headings[i].equals(cell(c))) {
                        at[i] = c;
                        break;
                    }
                }
            }
            return at;
        }

        boolean isBlank() {
            return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
        }
    }

    static void read(InputStream content, int columns, Consumer<RowValues> rows) {
        try (OPCPackage pkg = OPCPackage.open(content)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw BusinessException.rule("import.rule.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(columns, rows),
                        new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (BusinessException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new BusinessException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import.rule.unreadable");
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int columns;
        private final Consumer<RowValues> rows;
        private String[] current;
        private int number;

        Collector(int columns, Consumer<RowValues> rows) {
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            current = new String[columns];
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(new RowValues(number, current));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < columns) {
                current[column] = value;
            }
        }
    }

    static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String name : cell.split("[、，,;；\\s]+")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
