package rectify.everyday;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.LifecycleFlows;

/**
 * A file filed by mistake is voided with a reason by whoever filed it or the unit's coordinator: it leaves the
 * problem's progress, the evidence package and what a closure request may cite, and stays in the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class VoidTest extends rectify.support.ApiTest {

    @Test
    void aWrongPhotoIsVoidedWithAReasonAndLeavesTheDocumentsButNotTheHistory() throws Exception {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        long photo = flows.finishWithEvidence(problem, measure);

        var noReason = flows.responsible.post("/api/v1/attachments/" + photo + "/void", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.message()).contains("理由");
        assertThat(as(EDUCATION_COORDINATOR).post("/api/v1/attachments/" + photo + "/void", "{\"reason\":\"错传\"}")
                .status()).isEqualTo(404);
        assertThat(flows.leader.post("/api/v1/attachments/" + photo + "/void", "{\"reason\":\"错传\"}").status())
                .isEqualTo(403);

        var voided = flows.responsible.post("/api/v1/attachments/" + photo + "/void", "{\"reason\":\"传错了照片\"}");
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(flows.responsible.post("/api/v1/attachments/" + photo + "/void", "{\"reason\":\"再次\"}").status())
                .isEqualTo(409);

        JsonNode detail = flows.office.get("/api/v1/problems/" + problem).json();
        for (JsonNode filed : detail.get("progress")) {
            for (JsonNode attachment : filed.get("attachments")) {
                assertThat(attachment.get("id").asLong()).isNotEqualTo(photo);
            }
        }
        assertThat(detail.get("history").toString()).contains("传错了照片");
        var zip = flows.office.download("/api/v1/problems/" + problem + "/evidence.zip");
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                assertThat(e.getName()).doesNotContain("记录.png");
            }
        }
        var cited = flows.act(flows.coordinator, problem, """
                {"action":"REQUEST_CLOSURE","summary":"已整改","attachmentIds":[%d]}""".formatted(photo));
        assertThat(cited.status()).as("a void file is not evidence any more").isEqualTo(422);
    }
}
