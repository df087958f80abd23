package rectify.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import rectify.support.ApiClient;
import rectify.support.DemoUsers;
import rectify.support.LibreOffice;
import rectify.support.WordFiles;

/**
 * Not a test: times reading large documents through {@code POST /api/v1/documents/parse} on the running application
 * — a 100-page docx with automatic numbering and a table, the same as PDF and as .doc (through LibreOffice where it
 * is installed), a 300-page docx, a text of nearly 20 MB and a 4 MB text on one line. Figures go to
 * {@code bench/results/intake-parse.md}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class IntakeBenchmark {

    /** Characters of text a GB/T 9704 page holds: 22 lines of 28. */
    private static final int PAGE = 22 * 28;

    @LocalServerPort
    int port;

    private String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readLargeDocuments() throws Exception {
        token = ApiClient.anonymous(port).basic(DemoUsers.INSPECTION_OFFICE, DemoUsers.PASSWORD)
                .post("/api/v1/tokens", "{\"name\":\"bench\"}").json().get("token").asString();
        List<String> rows = new ArrayList<>();
        Path work = Files.createTempDirectory("intake-bench");
        byte[] docx100 = docx(100);
        Files.write(work.resolve("feedback-100.docx"), docx100);
        rows.add(row("docx, 100 pages (numbering, a table)", docx100, 2, 7));
        byte[] pdf = convert(work, "feedback-100.docx", "pdf");
        if (pdf != null) {
            int pages;
            try (var document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
            rows.add(row("PDF from it, " + pages + " pages", pdf, 1, 5));
        }
        byte[] doc = convert(work, "feedback-100.docx", "doc");
        if (doc != null) {
            rows.add(row(".doc from it", doc, 1, 5));
        }
        rows.add(row("docx, 300 pages", docx(300), 1, 3));
        rows.add(row("text (GB18030), 19.9 MB", text(19_900_000, "\n").getBytes(Charset.forName("GB18030")), 0, 3));
        rows.add(row("text on one line, 4 MB", text(4_000_000, "").getBytes(StandardCharsets.UTF_8), 0, 3));
        StringBuilder md = new StringBuilder("# Reading documents (intake)\n\n")
                .append("`bash bench/intake.sh`: `POST /api/v1/documents/parse` over HTTP on the running application (H2, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, heap ")
                .append(Runtime.getRuntime().maxMemory() / 1024 / 1024).append(" MB), one call at a time after warm-up ")
                .append("calls. Times in ms.\n\n| document | bytes | aspects + problems read | median | p95 | max |\n|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Path results = Path.of("bench/results/intake-parse.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, md.toString());
    }

    private String row(String name, byte[] body, int warmUps, int rounds) {
        String[] problems = new String[1];
        Timings t = Timings.of(warmUps, rounds, () -> problems[0] = parse(body));
        return "| " + name + " | " + String.format("%,d", body.length) + " | " + problems[0] + " | " + t.columns() + " |";
    }

    private String parse(byte[] body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/documents/parse")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "refused " + response.statusCode();
            }
            return String.valueOf(response.body().split("\"seq\"").length - 1);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A feedback document of about this many pages: aspects with numbered problems, and a table of measures. */
    private static byte[] docx(int pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger numId = WordFiles.numbering(document, new String[][] {{"chineseCounting", "（%1）"}, {"decimal", "%2."}});
            WordFiles.gbtPage(document);
            document.createParagraph().createRun().setText("区委巡察组关于对区属单位党组织巡察情况的反馈意见");
            document.createParagraph().createRun().setText("一、巡察发现的主要问题");
            int chars = 0;
            int aspect = 0;
            while (chars < pages * PAGE) {
                aspect++;
                XWPFParagraph heading = document.createParagraph();
                heading.setNumID(numId);
                heading.setNumILvl(BigInteger.ZERO);
                heading.createRun().setText("第" + aspect + "个方面：落实全面从严治党主体责任方面");
                for (int p = 0; p < 8; p++) {
                    XWPFParagraph problem = document.createParagraph();
                    problem.setNumID(numId);
                    problem.setNumILvl(BigInteger.ONE);
                    String text = "党组主体责任落实不到位的问题。党组会议研究党风廉政建设工作流于形式，对下属单位监督不力，"
                            + "2022年以来有" + p + "次未按规定专题研究，廉政风险排查不深入，重点领域监管存在漏洞。";
                    problem.createRun().setText(text);
                    problem.setSpacingBetween(28.8, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
                    problem.getRuns().forEach(r -> r.setFontSize(16));
                    chars += (text.length() + 4 + 27) / 28 * 28;
                }
                if (aspect % 5 == 0) {
                    XWPFTable table = document.createTable(3, 3);
                    String[] header = {"序号", "反馈问题", "整改措施"};
                    for (int c = 0; c < 3; c++) {
                        table.getRow(0).getCell(c).setText(header[c]);
                        table.getRow(1).getCell(c).setText(c == 0 ? "1" : c == 1 ? "财务管理不规范" : "修订财务制度");
                        table.getRow(2).getCell(c).setText(c == 0 ? "2" : c == 1 ? "采购程序不严格" : "规范采购流程");
                    }
                    chars += 3 * PAGE / 11;
                }
            }
            document.createParagraph().createRun().setText("以上问题，请各单位党组织认真研究，抓好整改。");
            document.write(out);
        }
        return out.toByteArray();
    }

    private static String text(int bytes, String separator) {
        StringBuilder s = new StringBuilder("区委巡察组关于对区属单位党组织巡察情况的反馈意见").append(separator.isEmpty() ? "" : "\n");
        int n = 0;
        while (s.length() * 2 < bytes) {
            n++;
            s.append(n).append(".党组主体责任落实不到位。党组会议研究党风廉政建设工作流于形式，对下属单位监督不力。").append(separator);
        }
        return s.toString();
    }

    /** The document converted by LibreOffice, or null where it is not installed or cannot convert it. */
    private static byte[] convert(Path work, String file, String format) throws InterruptedException {
        if (!LibreOffice.installed()) {
            return null;
        }
        try {
            return Files.readAllBytes(LibreOffice.convert(work.resolve(file), format));
        } catch (IOException e) {
            return null;
        }
    }
}
