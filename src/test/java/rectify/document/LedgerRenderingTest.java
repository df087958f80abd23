package rectify.document;

import static org.assertj.core.api.Assertions.assertThat;
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

import rectify.support.ApiClient;
import rectify.support.ApiTest;
import rectify.support.LibreOffice;

/**
 * The ledger workbook printed: LibreOffice prints it to PDF as Excel would (landscape A4, fitted to the width) and
 * the text must stay legible, 9 pt or more, with every column on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LedgerRenderingTest extends ApiTest {

    @Test
    void anInspectionsLedgerPrintsLegiblyOnLandscapeA4() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        printsLegibly(office, "/api/v1/inspections/" + inspectionId(office, "区委第三巡察组对区教育体育局党组常规巡察")
                + "/ledger.xlsx");
    }

    @Test
    void theWholeFilteredLedgerWithItsUnitColumnPrintsLegiblyToo() throws Exception {
        printsLegibly(as(INSPECTION_OFFICE), "/api/v1/problems.xlsx?sort=WARNING");
    }

    private void printsLegibly(ApiClient office, String path) throws Exception {
        LibreOffice.requiredFor("print the workbook");
        var response = office.download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        Path xlsx = Files.createTempDirectory("ledger-rendering").resolve("ledger.xlsx");
        Files.write(xlsx, response.body());
        Path pdf = LibreOffice.convert(xlsx, "pdf");
        List<Float> sizes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
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
        assertThat(text.toString()).contains("序号", "整改措施", "措施责任人", "预警", "备注");
        System.out.println("Printed ledger " + path + ": smallest type " + smallest + " pt, PDF " + pdf);
    }
}
