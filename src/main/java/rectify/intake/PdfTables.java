package rectify.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables on a PDF page, found by their ruled borders: the row and column boundaries of each grid, and which
 * boundaries are missing where cells are merged. Glyphs inside a grid are placed in their cells (a merged cell's
 * text in its first row), so a ledger printed to PDF reads as the same table it was in Word.
 */
final class PdfTables {

    /** Borders drawn this close are one boundary: LibreOffice offsets a merged cell's border by its line width. */
    private static final float NEAR = 3f;
    private static final Pattern ITEM = Pattern.compile("^(?:[（(]?\\d{1,2}[)）.、]|[①-⑳]|[一二三四五六七八九十]+是)");

    /** One grid: row boundaries (y from the top) and column boundaries (x), and the cells' text so far. */
    static final class Grid {
        final float[] rows;
        final float[] columns;
        private final List<PdfRules.Segment> horizontal;
        private final StringBuilder[][] cells;
        private final float[][] lastY;

        Grid(float[] rows, float[] columns, List<PdfRules.Segment> horizontal) {
            this.rows = rows;
            this.columns = columns;
            this.horizontal = horizontal;
            this.cells = new StringBuilder[rows.length - 1][columns.length - 1];
            this.lastY = new float[rows.length - 1][columns.length - 1];
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    cells[r][c] = new StringBuilder();
                    lastY[r][c] = Float.NaN;
                }
            }
        }

        boolean contains(float x, float y) {
            return x > columns[0] && x < columns[columns.length - 1] && y > rows[0] && y < rows[rows.length - 1];
        }

        /** Places a glyph at its centre; a glyph lower than the cell's last one starts a new line there. */
        void add(float x, float y, float lineHeight, String text) {
            int r = index(rows, y);
            int c = index(columns, x);
            if (r < 0 || c < 0) {
                return;
            }
            while (r > 0 && !ruled(r, c)) {
                r--;
            }
            if (!Float.isNaN(lastY[r][c]) && y - lastY[r][c] > lineHeight / 2) {
                cells[r][c].append('\n');
            }
            lastY[r][c] = y;
            cells[r][c].append(text);
        }

        /** Whether the border above row r is drawn across column c (not drawn: the cell is merged with the one above). */
        private boolean ruled(int r, int c) {
            float y = rows[r];
            float mid = (columns[c] + columns[c + 1]) / 2;
            return horizontal.stream().anyMatch(s -> Math.abs(s.at() - y) <= NEAR && s.from() <= mid + NEAR && s.to() >= mid - NEAR);
        }

        /** rows → cells → the cell's paragraphs: wrapped lines joined, a line that starts an item kept apart. */
        List<List<List<String>>> rows() {
            List<List<List<String>>> result = new ArrayList<>();
            for (StringBuilder[] row : cells) {
                List<List<String>> cells = new ArrayList<>();
                for (StringBuilder cell : row) {
                    List<String> paragraphs = new ArrayList<>();
                    for (String line : cell.toString().split("\n")) {
                        String text = line.strip();
                        if (text.isEmpty()) {
                            continue;
                        }
                        if (!paragraphs.isEmpty() && !ITEM.matcher(text).find()) {
                            paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + text);
                        } else {
                            paragraphs.add(text);
                        }
                    }
                    cells.add(paragraphs);
                }
                result.add(cells);
            }
            return result;
        }

        boolean sameColumns(Grid other) {
            if (other.columns.length != columns.length) {
                return false;
            }
            for (int i = 0; i < columns.length; i++) {
                if (Math.abs(columns[i] - other.columns[i]) > 2) {
                    return false;
                }
            }
            return true;
        }
    }

    private PdfTables() {
    }

    private static int index(float[] bounds, float v) {
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (v >= bounds[i] && v < bounds[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** The grids of one page: rules joined by vertical borders into tables of at least two columns. */
    static List<Grid> of(PdfRules rules) {
        List<Float> ys = clusters(rules.horizontal.stream().map(PdfRules.Segment::at).toList());
        List<Grid> grids = new ArrayList<>();
        List<Float> run = new ArrayList<>();
        for (float y : ys) {
            if (!run.isEmpty() && !connected(rules, run.get(run.size() - 1), y)) {
                grid(rules, run).ifPresent(grids::add);
                run = new ArrayList<>();
            }
            run.add(y);
        }
        grid(rules, run).ifPresent(grids::add);
        return grids;
    }

    private static boolean connected(PdfRules rules, float top, float bottom) {
        return rules.vertical.stream().anyMatch(s -> s.from() <= top + NEAR && s.to() >= bottom - NEAR);
    }

    private static java.util.Optional<Grid> grid(PdfRules rules, List<Float> ys) {
        if (ys.size() < 2) {
            return java.util.Optional.empty();
        }
        float top = ys.get(0);
        float bottom = ys.get(ys.size() - 1);
        List<Float> xs = clusters(rules.vertical.stream().filter(s -> s.from() < bottom - NEAR && s.to() > top + NEAR)
                .map(PdfRules.Segment::at).toList());
        if (xs.size() < 3) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Grid(toArray(ys), toArray(xs), rules.horizontal));
    }

    private static List<Float> clusters(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> result = new ArrayList<>();
        for (float v : sorted) {
            if (result.isEmpty() || v - result.get(result.size() - 1) > NEAR) {
                result.add(v);
            }
        }
        return result;
    }

    private static float[] toArray(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
