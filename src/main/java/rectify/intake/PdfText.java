package rectify.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import rectify.shared.BusinessException;

/**
 * A PDF with a text layer, read line by line with each line's position, so that the page furniture (running
 * headers, footers, page numbers) can be told from the text and a line that ran to the margin is joined to the
 * next one, while an indented line starts a paragraph as it does on the printed page.
 */
final class PdfText {

    static final int MAX_PAGES = 1000;
    /** Running headers and footers are short: a title, a unit's name, a page number. */
    private static final int FURNITURE_LENGTH = 40;

    private PdfText() {
    }

    private record Line(int page, String text, float left, float right, float width, float y, List<Glyph> glyphs) {
    }

    /** A glyph's centre and its text, for placing it in a table cell. */
    private record Glyph(float x, float y, float height, String text) {
    }

    /** A table: one grid, or grids on consecutive pages with the same columns. */
    private record Table(List<PdfTables.Grid> grids) {

        List<List<List<String>>> rows() {
            List<List<List<String>>> rows = new ArrayList<>();
            grids.forEach(g -> rows.addAll(g.rows()));
            return rows;
        }
    }

    static List<SourceLine> lines(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw BusinessException.rule("intake.rule.tooManyPages", MAX_PAGES);
            }
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            collector.getText(document);
            List<Line> lines = collector.lines;
            int characters = lines.stream().mapToInt(l -> l.text().strip().length()).sum();
            if (characters < 20 * Math.max(1, document.getNumberOfPages()) / 2) {
                throw BusinessException.rule("intake.rule.scannedPdf");
            }
            List<Object> items = tables(document, lines);
            List<Line> text = withoutFurniture(items.stream().filter(Line.class::isInstance).map(Line.class::cast).toList(),
                    document.getNumberOfPages());
            return layout(items.stream().filter(i -> !(i instanceof Line) || text.contains(i)).toList());
        } catch (InvalidPasswordException e) {
            throw BusinessException.rule("intake.rule.encrypted");
        }
    }

    /**
     * The lines in document order, with those inside a ruled table replaced by the table (once, where it starts);
     * a table that goes on over the next page with the same columns is one table.
     */
    private static List<Object> tables(PDDocument document, List<Line> lines) throws IOException {
        Map<Integer, List<PdfTables.Grid>> grids = new HashMap<>();
        List<Object> items = new ArrayList<>();
        Table open = null;
        for (Line line : lines) {
            List<PdfTables.Grid> onPage = grids.get(line.page());
            if (onPage == null) {
                onPage = PdfTables.of(PdfRules.of(document.getPage(line.page() - 1)));
                grids.put(line.page(), onPage);
            }
            PdfTables.Grid grid = gridOf(onPage, line);
            if (grid == null) {
                items.add(line);
                open = null;
                continue;
            }
            // a line of text just below or beside a table can be joined to a line of its cells: keep it apart
            List<Glyph> outside = new ArrayList<>();
            for (Glyph g : line.glyphs()) {
                if (grid.contains(g.x(), g.y())) {
                    grid.add(g.x(), g.y(), g.height(), g.text());
                } else {
                    outside.add(g);
                }
            }
            if (open == null || !open.grids().contains(grid)) {
                if (open != null && open.grids().get(open.grids().size() - 1).sameColumns(grid)) {
                    open.grids().add(grid);
                } else {
                    open = new Table(new ArrayList<>(List.of(grid)));
                    items.add(open);
                }
            }
            if (!outside.isEmpty()) {
                StringBuilder text = new StringBuilder();
                outside.forEach(g -> text.append(g.text()));
                float left = (float) outside.stream().mapToDouble(g -> g.x()).min().orElse(line.left());
                float right = (float) outside.stream().mapToDouble(g -> g.x()).max().orElse(line.right());
                items.add(new Line(line.page(), text.toString(), left, right, line.width(), line.y(), outside));
                open = null;
            }
        }
        return items;
    }

    private static PdfTables.Grid gridOf(List<PdfTables.Grid> grids, Line line) {
        for (PdfTables.Grid grid : grids) {
            if (line.glyphs().stream().anyMatch(g -> grid.contains(g.x(), g.y()))) {
                return grid;
            }
        }
        return null;
    }

    /**
     * Lines repeated at the top or bottom of most pages are running headers or footers; so is a line at the edge of a
     * page set in a smaller type than the text.
     */
    private static List<Line> withoutFurniture(List<Line> lines, int pages) {
        if (lines.isEmpty()) {
            return lines;
        }
        float[] widths = new float[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = lines.get(i).width();
        }
        Arrays.sort(widths);
        float body = widths[widths.length / 2];
        Map<Integer, List<Line>> byPage = new HashMap<>();
        lines.forEach(l -> byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<Line> page : byPage.values()) {
            edges(page).forEach(l -> edgeCounts.merge(shape(l.text()), 1, Integer::sum));
        }
        float pitch = linePitch(byPage.values());
        List<Line> kept = new ArrayList<>();
        for (List<Line> page : byPage.values().stream().sorted((a, b) -> a.get(0).page() - b.get(0).page()).toList()) {
            List<Line> edges = edges(page);
            for (Line line : page) {
                boolean furniture = edges.contains(line) && apart(page, line, pitch)
                        && line.text().strip().length() <= FURNITURE_LENGTH && (pages >= 2
                        && edgeCounts.getOrDefault(shape(line.text()), 0) * 2 >= pages || line.width() < 0.8f * body);
                if (!furniture) {
                    kept.add(line);
                }
            }
        }
        return kept;
    }

    /** The usual distance between lines of the text: the median of the gaps between neighbouring lines. */
    private static float linePitch(java.util.Collection<List<Line>> pages) {
        List<Float> gaps = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float gap = page.get(i).y() - page.get(i - 1).y();
                if (gap > 1) {
                    gaps.add(gap);
                }
            }
        }
        return gaps.isEmpty() ? 0 : percentile(gaps, 0.5);
    }

    /** A running header or footer stands apart from the text: further from its neighbour than lines of text are. */
    private static boolean apart(List<Line> page, Line line, float pitch) {
        if (page.size() < 2 || pitch == 0) {
            return true;
        }
        int i = page.indexOf(line);
        Line neighbour = i == 0 ? page.get(1) : page.get(i - 1);
        return Math.abs(neighbour.y() - line.y()) > 1.3f * pitch;
    }

    private static List<Line> edges(List<Line> page) {
        List<Line> edges = new ArrayList<>();
        edges.add(page.get(0));
        edges.add(page.get(page.size() - 1));
        return edges;
    }

    /** A header or footer is the same on every page but for its page number. */
    private static String shape(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s", "");
    }

    /** Paragraph breaks from the layout: the text block's left and right edges, taken as the most common ones. */
    private static List<SourceLine> layout(List<Object> items) {
        List<Line> lines = items.stream().filter(Line.class::isInstance).map(Line.class::cast).toList();
        if (lines.isEmpty()) {
            List<SourceLine> tablesOnly = new ArrayList<>();
            items.forEach(i -> tablesOnly.addAll(FeedbackTable.lines(((Table) i).rows())));
            return tablesOnly;
        }
        float left = leftEdge(lines);
        float right = percentile(lines.stream().map(Line::right).toList(), 0.9);
        float[] widths = new float[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = lines.get(i).width();
        }
        Arrays.sort(widths);
        float character = Math.max(1, widths[widths.length / 2]);
        List<SourceLine> result = new ArrayList<>();
        Line previous = null;
        for (Object item : items) {
            if (item instanceof Table table) {
                result.addAll(FeedbackTable.lines(table.rows()));
                previous = null;
                continue;
            }
            Line line = (Line) item;
            SourceLine.Break kind;
            boolean indented = line.left() > left + 1.2f * character;
            // a line is full when it ends within a character and a half of the right edge
            if (previous == null) {
                kind = SourceLine.Break.PARAGRAPH;
            } else if (previous.right() >= right - 1.5f * character && !indented && !endsSentence(previous.text())) {
                kind = SourceLine.Break.WRAP;
            } else if (indented) {
                kind = SourceLine.Break.PARAGRAPH;
            } else {
                kind = SourceLine.Break.LINE;
            }
            result.add(new SourceLine(line.text(), kind));
            previous = line;
        }
        return result;
    }

    /** A full line that ends a sentence may end its paragraph too: the reading of the next line decides. */
    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && "。：；！？）】".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The text block's left edge: the leftmost position that at least two lines start at. */
    private static float leftEdge(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(Math.round(l.left() / 2), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).mapToInt(Map.Entry::getKey).min()
                .orElse(Math.round(lines.get(0).left() / 2)) * 2f;
    }

    private static float percentile(List<Float> values, double share) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
    }

    private static final class Collector extends PDFTextStripper {

        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right = 0;
        private float widthSum = 0;
        private int glyphs = 0;
        private float baseline = 0;
        private List<Glyph> positions = new ArrayList<>();

        Collector() throws IOException {
            setLineSeparator("\n");
        }

        @Override
        protected void writeString(String string, List<TextPosition> textPositions) {
            text.append(string);
            for (TextPosition p : textPositions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                widthSum += p.getWidthDirAdj();
                glyphs++;
                baseline = p.getYDirAdj();
                // a Chinese glyph's visual centre is about a third of the type size above its baseline
                float size = Math.max(Math.abs(p.getYScale()), p.getFontSizeInPt() > 1 ? p.getFontSizeInPt() : 1);
                positions.add(new Glyph(p.getXDirAdj() + p.getWidthDirAdj() / 2, p.getYDirAdj() - 0.35f * size,
                        size, p.getUnicode()));
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writePageEnd() {
            flush();
        }

        private void flush() {
            if (!text.toString().isBlank()) {
                lines.add(new Line(getCurrentPageNo(), text.toString(), left, right,
                        glyphs == 0 ? 0 : widthSum / glyphs, baseline, positions));
            }
            text.setLength(0);
            left = Float.MAX_VALUE;
            right = 0;
            widthSum = 0;
            glyphs = 0;
            positions = new ArrayList<>();
        }
    }
}
