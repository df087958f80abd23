package rectify.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static rectify.support.DemoUsers.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiTest;

/**
 * The ledger workbook printed: LibreOffice prints it to PDF as Excel would (landscape A4, fitted to the width) and
 * the text must stay legible, 9 pt or more, with every column on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LedgerRenderingTest extends ApiTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Test
    void theLedgerPrintsLegiblyOnLandscapeA4() throws Exception {
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is needed to print the workbook");
        }
        ApiClient office = as(INSPECTION_OFFICE);
        long id = 0;
        for (JsonNode i : office.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第三巡察组对区教育体育局党组常规巡察")) {
                id = i.get("id").asLong();
            }
        }
        var response = office.download("/api/v1/inspections/" + id + "/ledger.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        Path work = Files.createTempDirectory("ledger-rendering");
        Path xlsx = work.resolve("ledger.xlsx");
        Files.write(xlsx, response.body());
        Process p = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=file://" + work.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", work.toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        List<Float> sizes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(work.resolve("ledger.pdf").toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    text.append(string);
                    positions.forEach(t -> sizes.add(t.getHeightDir() > 0 ? Math.abs(t.getYScale()) : 0));
                }
            }.getText(document);
        }
        float smallest = (float) sizes.stream().filter(s -> s > 0).mapToDouble(Float::doubleValue).min().orElseThrow();
        assertThat(smallest).as("smallest type on the printed ledger, in points").isGreaterThanOrEqualTo(9f);
        assertThat(text.toString()).contains("序号", "整改措施", "备注");
    }
}
