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

    private PdfText() {
    }

    private record Line(int page, String text, float left, float right, float width) {
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
            return layout(withoutFurniture(lines, document.getNumberOfPages()));
        } catch (InvalidPasswordException e) {
            throw BusinessException.rule("intake.rule.encrypted");
        }
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
        List<Line> kept = new ArrayList<>();
        for (List<Line> page : byPage.values().stream().sorted((a, b) -> a.get(0).page() - b.get(0).page()).toList()) {
            List<Line> edges = edges(page);
            for (Line line : page) {
                boolean furniture = edges.contains(line) && (pages >= 2
                        && edgeCounts.getOrDefault(shape(line.text()), 0) * 2 >= pages || line.width() < 0.8f * body);
                if (!furniture) {
                    kept.add(line);
                }
            }
        }
        return kept;
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
    private static List<SourceLine> layout(List<Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
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
        for (Line line : lines) {
            SourceLine.Break kind;
            boolean indented = line.left() > left + 1.2f * character;
            // a line is full when it ends within a character and a half of the right edge
            if (previous == null) {
                kind = SourceLine.Break.PARAGRAPH;
            } else if (previous.right() >= right - 1.5f * character && !indented) {
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

        Collector() throws IOException {
            setLineSeparator("\n");
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                widthSum += p.getWidthDirAdj();
                glyphs++;
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
                        glyphs == 0 ? 0 : widthSum / glyphs));
            }
            text.setLength(0);
            left = Float.MAX_VALUE;
            right = 0;
            widthSum = 0;
            glyphs = 0;
        }
    }
}
