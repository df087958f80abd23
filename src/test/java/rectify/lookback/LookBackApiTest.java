package rectify.lookback;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.LifecycleFlows;

/**
 * 回头看 through the API: the office revisits closed problems of one unit and records a verdict for each; not held and
 * relapsed reopen the problem as a new cycle, held and on-paper-only do not; each verdict once, with its grounds;
 * nothing is scheduled from problems not closed; another unit sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LookBackApiTest extends rectify.support.ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeRevisitsClosedProblemsAndEachVerdictDoesWhatItSays() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long held = flows.closedProblem();
        long relapsed = flows.closedProblem();
        long paper = flows.closedProblem();
        long notHeld = flows.closedProblem();
        long open = flows.approvedPlan("TIME_LIMITED");

        long lookBacksBefore = lookBacks();
        var refused = flows.office.post("/api/v1/look-backs", """
                {"problemIds":[%d,%d],"groupName":"区委第一巡察组"}""".formatted(held, open));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.message()).contains("尚未整改到位");
        assertThat(refused.json().get("fields").has("problemIds")).isTrue();
        assertThat(flows.coordinator.post("/api/v1/look-backs", """
                {"problemIds":[%d]}""".formatted(held)).status()).isEqualTo(403);
        assertThat(lookBacks()).as("nothing half-made").isEqualTo(lookBacksBefore);

        var scheduled = flows.office.post("/api/v1/look-backs", """
                {"problemIds":[%d,%d,%d,%d],"groupName":"区委第一巡察组","onsiteFrom":"2026-11-01","onsiteTo":"2026-11-20"}"""
                .formatted(held, relapsed, paper, notHeld));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        JsonNode lookBack = scheduled.json();
        assertThat(lookBack.get("title").asString()).contains("回头看");
        assertThat(lookBack.get("items")).hasSize(4);
        assertThat(lookBack.get("figures").get("pending").asInt()).isEqualTo(4);
        long lookBackId = lookBack.get("id").asLong();

        var noGrounds = verdict(flows.office, item(lookBack, notHeld), "NOT_HELD", null);
        assertThat(noGrounds.status()).isEqualTo(422);
        assertThat(noGrounds.json().get("fields").has("findings")).isTrue();
        assertThat(flows.status(notHeld)).isEqualTo("CLOSED");

        var tooLong = verdict(flows.office, item(lookBack, notHeld), "NOT_HELD", "缺".repeat(4001));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.message()).contains("“发现的问题”最多4000个字符，现有4001个");
        assertThat(tooLong.json().get("fields").has("findings")).isTrue();
        assertThat(flows.status(notHeld)).isEqualTo("CLOSED");

        assertThat(verdict(flows.office, item(lookBack, held), "HELD", null).status()).isEqualTo(200);
        assertThat(flows.status(held)).isEqualTo("CLOSED");
        var reopened = verdict(flows.office, item(lookBack, relapsed), "RELAPSED", "会议记录又出现缺项");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("reopenedCycle").asInt()).isEqualTo(2);
        JsonNode relapsedNow = flows.office.get("/api/v1/problems/" + relapsed).json();
        assertThat(relapsedNow.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(relapsedNow.get("cycle").asInt()).isEqualTo(2);
        assertThat(flows.office.get("/api/v1/problems/" + relapsed + "/lifecycle").json().get("transitions").toString())
                .contains("REOPEN", "会议记录又出现缺项");
        assertThat(verdict(flows.office, item(lookBack, paper), "PAPER_ONLY", "制度已印发但未执行").status())
                .isEqualTo(200);
        assertThat(flows.status(paper)).isEqualTo("CLOSED");
        assertThat(verdict(flows.office, item(lookBack, notHeld), "NOT_HELD", "台账仍不完整").status()).isEqualTo(200);
        assertThat(flows.status(notHeld)).isEqualTo("IN_PROGRESS");

        assertThat(verdict(flows.office, item(lookBack, held), "RELAPSED", "再次判断").status())
                .as("a verdict is recorded once").isEqualTo(409);
        assertThat(flows.status(held)).isEqualTo("CLOSED");

        JsonNode figures = flows.office.get("/api/v1/look-backs/" + lookBackId).json().get("figures");
        assertThat(figures.get("byVerdict").toString())
                .contains("\"HELD\":1", "\"NOT_HELD\":1", "\"RELAPSED\":1", "\"PAPER_ONLY\":1");
        assertThat(figures.get("pending").asInt()).isZero();
        assertThat(figures.get("reopened").asInt()).isEqualTo(2);
        assertThat(flows.office.get("/api/v1/problems/" + relapsed + "/look-backs").json().get(0).get("verdict")
                .asString()).isEqualTo("RELAPSED");

        // the look-back's report states the verdicts
        var docx = flows.office.download("/api/v1/inspections/" + lookBackId + "/report.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.body()))) {
            String text = String.join("\n", document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList());
            assertThat(text).contains("回头看情况",
                    "此次回头看共检查以往反馈问题4个，其中整改到位1个，整改不到位1个，反弹回潮1个，纸面整改1个，尚未作出结论0个；"
                            + "对整改不到位、反弹回潮的2个问题已重新整改");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        ApiClient otherUnit = anonymous.signIn(EDUCATION_COORDINATOR, PASSWORD);
        assertThat(otherUnit.get("/api/v1/look-backs/" + lookBackId).status()).isEqualTo(404);
        assertThat(verdict(otherUnit, item(lookBack, paper), "HELD", null).status()).isEqualTo(404);
        assertThat(verdict(flows.coordinator, lookBack.get("items").get(0).get("id").asLong(), "HELD", null).status())
                .as("the unit does not judge its own rectification").isEqualTo(403);
    }

    private long lookBacks() {
        return jdbc.sql("select count(*) from inspection where kind = 'LOOK_BACK'").query(Long.class).single();
    }

    private static long item(JsonNode lookBack, long problemId) {
        for (JsonNode item : lookBack.get("items")) {
            if (item.get("problemId").asLong() == problemId) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("not revisited: " + problemId);
    }

    private static ApiClient.Response verdict(ApiClient client, long item, String verdict, String findings) {
        return client.post("/api/v1/look-back-items/" + item + "/verdict", findings == null
                ? "{\"verdict\":\"" + verdict + "\"}"
                : "{\"verdict\":\"" + verdict + "\",\"findings\":\"" + findings + "\"}");
    }

}
