package rectify.document;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiTest;

/** The 问题整改销号审批表 of a closed problem: its facts, measures, evidence and every review level's decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ClosureFormTest extends ApiTest {

    @Test
    void aClosedProblemsFormShowsEachReviewLevelAndOnlyItsUnitAndTheOfficeMayHaveIt() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        long current = inspectionId(office, "区委第三巡察组对区教育体育局党组常规巡察");
        long problem = 0;
        String title = null;
        for (JsonNode row : office.get("/api/v1/problems?inspectionId=" + current + "&status=CLOSED").json().get("content")) {
            problem = row.get("problemId").asLong();
            title = row.get("seq").asInt() + ". " + row.get("title").asString();
        }
        assertThat(problem).as("the demo has a problem closed through its reviews").isPositive();
        var response = as(EDUCATION_COORDINATOR).download("/api/v1/problems/" + problem + "/closure-form.docx");
        assertThat(response.statusCode()).isEqualTo(200);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/closure-form.docx"), response.body());
        try (XWPFDocument form = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            assertThat(form.getParagraphs().get(0).getText()).isEqualTo("问题整改销号审批表");
            XWPFTable table = form.getTables().get(0);
            String text = table.getText();
            assertThat(text).contains("区委第三巡察组对区教育体育局党组常规巡察", title, "整改措施", "申请人：",
                    "第1级审核（单位领导）", "第2级审核（巡察办）", "审核人：", "销号日期");
            // each level's decision in words, never a code
            assertThat(table.getRow(table.getNumberOfRows() - 2).getCell(1).getText()).startsWith("同意");
            assertThat(text).doesNotContain("APPROVED").doesNotContain("lifecycle.");
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("巡察");
        }
        assertThat(as(KEXIE_COORDINATOR).download("/api/v1/problems/" + problem + "/closure-form.docx")
                .statusCode()).isEqualTo(404);
    }
}
