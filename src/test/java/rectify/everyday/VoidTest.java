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

    @Test
    void aWrongProgressEntryIsVoidedWithItsFilesAndStaysStruckThrough() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        long photo = flows.finishWithEvidence(problem, measure);
        long entry = flows.office.get("/api/v1/problems/" + problem).json().get("progress").get(0).get("id").asLong();
        String path = "/api/v1/progress/" + entry + "/void";

        assertThat(flows.leader.post(path, "{\"reason\":\"填错了\"}").status()).isEqualTo(403);
        assertThat(as(EDUCATION_COORDINATOR).post(path, "{\"reason\":\"填错了\"}").status()).isEqualTo(404);
        var noReason = flows.responsible.post(path, "{\"reason\":\"\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("fields").has("reason")).isTrue();

        var voided = flows.coordinator.post(path, "{\"reason\":\"填到了别的措施上\"}");
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(flows.coordinator.post(path, "{\"reason\":\"再次\"}").status()).isEqualTo(409);
        JsonNode filed = flows.office.get("/api/v1/problems/" + problem).json().get("progress").get(0);
        assertThat(filed.get("voided").asBoolean()).isTrue();
        assertThat(filed.get("voidReason").asString()).isEqualTo("填到了别的措施上");
        assertThat(filed.get("attachments")).as("its files are void too").isEmpty();
        var cited = flows.act(flows.coordinator, problem, """
                {"action":"REQUEST_CLOSURE","summary":"已整改","attachmentIds":[%d]}""".formatted(photo));
        assertThat(cited.status()).isEqualTo(422);
        long inspection = flows.office.get("/api/v1/problems/" + problem).json().get("inspectionId").asLong();
        JsonNode row = flows.office.get("/api/v1/problems?inspectionId=" + inspection).json().get("content").get(0);
        assertThat(row.get("lastProgressOn").isNull()).as("a void entry is not progress").isTrue();
    }

    @Test
    void aMeasureDroppedAfterThePlanWasSubmittedSaysWhy() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        JsonNode measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0);
        String path = "/api/v1/measures/" + measure.get("id").asLong() + "?version=" + measure.get("version").asLong();
        var silent = flows.coordinator.delete(path);
        assertThat(silent.status()).isEqualTo(422);
        assertThat(silent.message()).contains("作废理由");
        var reasoned = flows.coordinator.delete(path + "&reason=" + java.net.URLEncoder.encode("与措施二合并",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(reasoned.status()).as(reasoned.toString()).isEqualTo(204);
        JsonNode detail = flows.office.get("/api/v1/problems/" + problem).json();
        assertThat(detail.get("measures")).isEmpty();
        assertThat(detail.get("history").toString()).contains("与措施二合并");
        JsonNode row = flows.office.get("/api/v1/problems?inspectionId=" + detail.get("inspectionId").asLong()).json()
                .get("content").get(0);
        assertThat(row.get("problemId").asLong()).isEqualTo(problem);
        assertThat(row.get("measuresTotal").asInt()).as("a dropped measure is not counted in the ledger").isZero();
    }

    @Test
    void aDuplicateProblemIsVoidedWhileItsPlanIsMadeAndTheNumbersCloseUp() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        long inspection = planned[2];
        long category = flows.office.get("/api/v1/inspections/" + inspection + "/categories").json().get(0).get("id")
                .asLong();
        String path = "/api/v1/inspections/" + inspection + "/problems";
        long duplicate = flows.office.post(path, """
                {"categoryId":%d,"title":"关于会议记录不规范的问题（重复）"}""".formatted(category)).json().get("id").asLong();
        long third = flows.office.post(path, """
                {"categoryId":%d,"title":"关于档案管理不规范的问题"}""".formatted(category)).json().get("id").asLong();
        long version = flows.office.get("/api/v1/problems/" + duplicate).json().get("version").asLong();
        String voidPath = "/api/v1/problems/" + duplicate + "/void";

        assertThat(flows.coordinator.post(voidPath, "{\"version\":%d,\"reason\":\"重复\"}".formatted(version))
                .status()).as("feedback belongs to the office").isEqualTo(403);
        var noReason = flows.office.post(voidPath, "{\"version\":%d,\"reason\":\" \"}".formatted(version));
        assertThat(noReason.status()).isEqualTo(422);
        var voided = flows.office.post(voidPath, "{\"version\":%d,\"reason\":\"与第1个问题重复\"}".formatted(version));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);

        assertThat(flows.office.get("/api/v1/problems/" + duplicate).status()).isEqualTo(404);
        assertThat(flows.office.get("/api/v1/problems/" + third).json().get("seq").asInt()).isEqualTo(2);
        assertThat(flows.office.get("/api/v1/problems?inspectionId=" + inspection).json().get("totalElements").asLong())
                .isEqualTo(2);

        // a problem whose plan went to review is no longer a mistake to void
        assertThat(flows.act(flows.coordinator, planned[0], "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        long submitted = flows.office.get("/api/v1/problems/" + planned[0]).json().get("version").asLong();
        assertThat(flows.office.post("/api/v1/problems/" + planned[0] + "/void",
                "{\"version\":%d,\"reason\":\"重复\"}".formatted(submitted)).status()).isEqualTo(409);
    }
}
