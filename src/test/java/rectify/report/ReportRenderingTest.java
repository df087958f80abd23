package rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import rectify.support.ApiClient;
import rectify.support.ApiTest;
import rectify.support.LibreOffice;

/**
 * The reports as a reader sees them: rendered by LibreOffice to PDF and measured from the PDF's text positions —
 * 28 characters on every full line, at most 22 lines a page on the 22-line grid, no heading left as the last line of
 * a page, the title broken between words. CI installs LibreOffice; elsewhere the test needs /usr/bin/soffice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReportRenderingTest extends ApiTest {

    /** 579 twips. */
    private static final float LINE_PITCH = 28.95f;
    /** A character of 3号 with the report's -0.3 pt spacing. */
    private static final float CELL = 15.7f;

    /** One line of the PDF: its page, baseline, left and right edge, text, and type size. */
    record Line(int page, float y, float left, float right, String text, float size) {

        /** Chinese characters take a cell of the grid, Latin letters and digits half of one. */
        double cells() {
            return ReportRenderingTest.cells(text);
        }
    }

    private Path render(String title, String version) throws Exception {
        LibreOffice.requiredFor("render the report");
        ApiClient office = as(INSPECTION_OFFICE);
        var response = office.download("/api/v1/inspections/" + inspectionId(office, title) + "/report.docx?version="
                + version);
        assertThat(response.statusCode()).isEqualTo(200);
        Path docx = Files.createTempDirectory("report-rendering").resolve("report.docx");
        Files.write(docx, response.body());
        return LibreOffice.convert(docx, "pdf");
    }

    /**
     * Cells of the 28-character grid: a Chinese character one, a Latin letter or digit half of one; LibreOffice
     * (unlike Word with the report's settings) also sets a quarter of a character between Chinese and Latin text.
     */
    static double cells(String text) {
        String t = text.replace(" ", "");
        double cells = 0;
        for (int i = 0; i < t.length(); i++) {
            boolean latin = t.charAt(i) < 0x2000;
            cells += latin ? 0.5 : 1;
            if (i > 0 && latin != t.charAt(i - 1) < 0x2000) {
                cells += 0.25;
            }
        }
        return cells;
    }

    /**
     * The cells of what a line cannot start without: opening brackets with what follows them, digits and letters
     * with the character after them, or a character with the closing punctuation after it.
     */
    static double firstUnit(String text) {
        String t = text.replace(" ", "");
        int i = 0;
        while (i < t.length() && "（“《".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        while (i < t.length() && t.charAt(i) < 0x2000) {
            i++;
        }
        if (i < t.length()) {
            i++;
        }
        while (i < t.length() && "，。、；：）”》！？".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return cells(t.substring(0, i));
    }

    static List<Line> lines(Path pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private final StringBuilder text = new StringBuilder();
                private float y;
                private float left = Float.MAX_VALUE;
                private float right;
                private float size;

                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    text.append(string);
                    for (TextPosition t : positions) {
                        y = t.getYDirAdj();
                        left = Math.min(left, t.getXDirAdj());
                        right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
                        size = Math.max(size, t.getFontSizeInPt() > 1 ? t.getFontSizeInPt() : Math.abs(t.getYScale()));
                    }
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
                        lines.add(new Line(getCurrentPageNo(), y, left, right, text.toString().strip(), size));
                    }
                    text.setLength(0);
                    left = Float.MAX_VALUE;
                    right = 0;
                    size = 0;
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return lines;
    }

    /** The body's lines: without the page numbers below the text block. */
    static Map<Integer, List<Line>> pages(List<Line> lines) {
        Map<Integer, List<Line>> pages = new TreeMap<>();
        for (Line line : lines) {
            if (!line.text().matches("^—\\s*\\d+\\s*—$")) {
                pages.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(line);
            }
        }
        return pages;
    }

    /** Checks the page; answers how many pages are full (22 lines). */
    private static int looksLikeAnOfficialDocument(List<Line> lines) {
        Map<Integer, List<Line>> pages = pages(lines);
        float rightEdge = (float) lines.stream().mapToDouble(Line::right).max().orElseThrow();
        int fullPages = 0;
        for (List<Line> page : pages.values()) {
            // lines of the text (not the 2号 title) stand on the grid and a page holds 22 of them at most
            List<Line> text = page.stream().filter(l -> l.size() < 17).toList();
            float top = page.get(0).page() == 1 ? text.get(0).y() - 3 * LINE_PITCH : text.get(0).y();
            for (Line line : text) {
                float rows = (line.y() - top) / LINE_PITCH;
                assertThat(Math.abs(rows - Math.round(rows))).as("on the grid: " + line).isLessThan(0.2f);
                assertThat(Math.round(rows)).as("22 lines a page: " + line).isLessThan(22);
            }
            if (Math.round((page.get(page.size() - 1).y() - top) / LINE_PITCH) == 21) {
                fullPages++;
            }
            // status words are never broken over two lines
            for (Line line : page) {
                assertThat(line.text()).as("status words broken").doesNotMatch(".*（(已|基|正|持)[^）]*$");
            }
            // a heading is never the last line of a page
            Line last = page.get(page.size() - 1);
            if (page != pages.get(pages.size())) {
                assertThat(last.text()).as("page " + last.page() + " ends on a heading")
                        .doesNotMatch("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.).*");
            }
        }
        // every full line holds 28 characters, the indent of a paragraph's first line counted: a line is full when
        // the line after it goes on with the same paragraph (starts at the left edge, in the same type)
        List<Line> body = pages.values().stream().flatMap(List::stream).filter(l -> l.size() < 17).toList();
        float leftEdge = (float) body.stream().mapToDouble(Line::left).min().orElseThrow();
        int full = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            Line line = body.get(i);
            Line next = body.get(i + 1);
            boolean continues = next.left() < leftEdge + 4 && line.right() > rightEdge - 20
                    && !next.text().matches("^（(已|基本|正在)[^）]*）$");
            if (continues) {
                // short of 28 only by what could not be broken off the next line (a number with its unit, a
                // character with the punctuation that may not start a line)
                double cells = line.cells() + Math.round((line.left() - leftEdge) / CELL);
                boolean hanging = "，。、；：！？".indexOf(line.text().charAt(line.text().length() - 1)) >= 0;
                assertThat(cells).as("at most 28 characters: " + line.text()).isLessThanOrEqualTo(hanging ? 29.5 : 28.5);
                assertThat(cells + firstUnit(next.text())).as("28 characters: " + line.text() + " / " + next.text())
                        .isGreaterThan(28);
                full++;
            }
        }
        assertThat(full).as("full lines").isGreaterThan(5);
        return fullPages;
    }

    @Test
    void theSeedReportRendersAsAnOfficialDocument() throws Exception {
        List<Line> lines = lines(render("区委第二巡察组对区科协党组常规巡察", "internal"));
        assertThat(lines.get(0).text()).isEqualTo("石龙区科学技术协会关于区委第二巡察组");
        assertThat(lines.get(1).text()).isEqualTo("反馈意见整改落实情况的报告");
        assertThat(lines.get(0).size()).isGreaterThan(20);
        assertThat(looksLikeAnOfficialDocument(lines)).as("pages with 22 lines").isGreaterThan(3);
        Line last = lines.stream().filter(l -> !l.text().matches("^—\\s*\\d+\\s*—$")).reduce((a, b) -> b).orElseThrow();
        assertThat(last.text()).isEqualTo("2022年12月30日");
        List<Line> lastPage = pages(lines).get(last.page());
        assertThat(lastPage.size()).as("the signature does not stand alone").isGreaterThan(3);
    }

    @Test
    void aCurrentInspectionsReportRendersAsAnOfficialDocument() throws Exception {
        looksLikeAnOfficialDocument(lines(render("区委第三巡察组对区教育体育局党组常规巡察", "internal")));
    }

    @Test
    void thePublicNoticeRendersAsAnOfficialDocumentOfItsOwn() throws Exception {
        List<Line> lines = lines(render("区委第二巡察组对区科协党组常规巡察", "public"));
        assertThat(lines.get(0).text() + lines.get(1).text())
                .isEqualTo("中共石龙区科学技术协会党组关于区委第二巡察组巡察整改进展情况的通报");
        assertThat(lines.get(0).text()).isEqualTo("中共石龙区科学技术协会党组关于");
        assertThat(lines.stream().map(Line::text)).noneMatch(t -> t.endsWith("：") && t.length() < 20);
        assertThat(String.join("", lines.stream().map(Line::text).toList())).contains("予以公布", "欢迎广大干部群众");
        looksLikeAnOfficialDocument(lines);
    }

    private static Path pdfOf(byte[] docx, String name) throws Exception {
        Path file = Files.createTempDirectory("document-rendering").resolve(name + ".docx");
        Files.write(file, docx);
        Path pdf = LibreOffice.convert(file, "pdf");
        System.out.println("Rendered " + name + ": " + pdf);
        return pdf;
    }

    @Test
    void aSupervisionOrderRendersOnOnePageWithItsSignatureBesideTheText() throws Exception {
        LibreOffice.requiredFor("render the supervision order");
        ApiClient office = as(INSPECTION_OFFICE);
        long unit = unitId(office, "石龙区教育体育局");
        long problem = office.get("/api/v1/problems?size=1&unitId=" + unit).json().get("content").get(0)
                .get("problemId").asLong();
        var issued = office.post("/api/v1/supervision-orders", """
                {"unitId":%d,"problemIds":[%d],"content":"请针对所列问题加快整改进度，逐项明确完成时限，于规定时间内书面报告整改情况。","replyBy":"%s","urgency":"LISTED"}"""
                .formatted(unit, problem, java.time.LocalDate.now().plusDays(7)));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var response = office.download("/api/v1/supervision-orders/" + issued.json().get("id").asLong() + "/order.docx");
        assertThat(response.statusCode()).isEqualTo(200);
        Path pdf = pdfOf(response.body(), "supervision-order");
        List<Line> lines = lines(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        }
        String text = String.join("\n", lines.stream().map(Line::text).toList());
        assertThat(text).contains("督办", "石龙区教育体育局", "加快整改进度");
        Line last = pages(lines).get(1).get(pages(lines).get(1).size() - 1);
        assertThat(last.text()).as("the order ends on its date").matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日");
    }

    @Test
    void theRoundSummaryRendersWithItsTablesOnA4() throws Exception {
        LibreOffice.requiredFor("render the round summary");
        ApiClient office = as(INSPECTION_OFFICE);
        long round = office.get("/api/v1/rounds").json().get(0).get("id").asLong();
        var response = office.download("/api/v1/rounds/" + round + "/summary.docx");
        assertThat(response.statusCode()).isEqualTo(200);
        Path pdf = pdfOf(response.body(), "round-summary");
        List<Line> lines = lines(pdf);
        String text = String.join("\n", lines.stream().map(Line::text).toList());
        assertThat(text).contains("整改情况汇总", "被巡察单位", "自查自纠", "合计", "整改成效");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        }
        float smallest = (float) lines.stream().mapToDouble(Line::size).filter(size -> size > 0).min().orElseThrow();
        assertThat(smallest).as("the tables' type, in points").isGreaterThanOrEqualTo(9f);
        Map<Integer, List<Line>> pages = pages(lines);
        assertThat(pages.get(pages.size()).size()).as("the signature does not stand alone on its page").isGreaterThan(3);
    }
}
