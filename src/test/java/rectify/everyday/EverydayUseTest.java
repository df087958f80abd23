package rectify.everyday;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.LifecycleFlows;
import rectify.support.TestData;

/**
 * Everyday use through the API: answers that name the field and what it takes, a problem never born overdue, the
 * aspects left to whoever entered the feedback, the usual inspection title when none is given, and static files
 * that download once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class EverydayUseTest extends rectify.support.ApiTest {

    @Test
    void aValueThatCannotBeReadIsNamedWithWhatTheFieldTakes() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        long inspection = planned[2];
        long category = flows.office.get("/api/v1/inspections/" + inspection + "/categories").json().get(0).get("id")
                .asLong();
        var choice = flows.office.post("/api/v1/inspections/" + inspection + "/problems", """
                {"categoryId":%d,"title":"关于格式的问题","rectificationType":"SOON"}""".formatted(category));
        assertThat(choice.status()).isEqualTo(400);
        assertThat(choice.message()).contains("rectificationType", "IMMEDIATE", "TIME_LIMITED", "LONG_TERM");
        assertThat(choice.json().get("fields").has("rectificationType")).isTrue();
        var date = flows.office.post("/api/v1/inspections/" + inspection + "/problems", """
                {"categoryId":%d,"title":"关于格式的问题","deadline":"2026-13-40"}""".formatted(category));
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.message()).contains("deadline", "2022-09-29");
        var param = flows.office.get("/api/v1/problems?status=SOMETIMES");
        assertThat(param.status()).isEqualTo(400);
        assertThat(param.message()).contains("status", "PLANNING", "CLOSED");
    }

    @Test
    void aTextTooLongIsNamedWithItsLimitAndNothingIsKept() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        int before = flows.office.get("/api/v1/problems/" + planned[0]).json().get("progress").size();
        var filed = flows.responsible.postMultipart("/api/v1/measures/" + planned[1] + "/progress",
                java.util.Map.of("text", "进".repeat(20001)), java.util.List.of());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(400);
        assertThat(filed.message()).contains("进展情况", "20000", "20001").doesNotContain("冲突");
        assertThat(filed.json().get("fields").has("text")).isTrue();
        assertThat(flows.office.get("/api/v1/problems/" + planned[0]).json().get("progress").size()).isEqualTo(before);
    }

    @Test
    void aProblemIsNotBornOverdue() {
        TestData data = new TestData(as(INSPECTION_OFFICE));
        var feedback = data.feedbackOf("石龙区科学技术协会", Map.of("feedbackDate", "2026-10-10"));
        var early = data.postProblem(feedback, Map.of("title", "关于早到期的问题", "deadline", "2026-09-30"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.message()).contains("2026-10-10");
    }

    @Test
    void aDeadlineAfterTheInspectionsDueDateNeedsAReasonUnlessTheProblemIsLongTerm() {
        ApiClient office = as(INSPECTION_OFFICE);
        TestData data = new TestData(office);
        var feedback = data.feedbackOf("石龙区科学技术协会", Map.of("feedbackDate", "2026-10-10", "dueDate", "2027-01-10"));
        var late = data.postProblem(feedback, Map.of("title", "关于台账管理的问题", "deadline", "2027-03-31"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.message()).contains("2027-03-31", "2027-01-10", "理由");
        assertThat(late.json().get("fields").has("deadlineReason")).isTrue();
        var reasoned = data.postProblem(feedback, Map.of("title", "关于台账管理的问题", "deadline", "2027-03-31",
                "deadlineReason", "须待年度审计结束后整改"));
        assertThat(reasoned.status()).as(reasoned.toString()).isEqualTo(201);
        assertThat(office.get("/api/v1/problems/" + reasoned.json().get("id").asLong()).json().get("deadlineReason")
                .asString()).isEqualTo("须待年度审计结束后整改");
        var longTerm = data.postProblem(feedback, Map.of("title", "关于制度建设的问题", "rectificationType", "LONG_TERM",
                "deadline", "2027-12-31"));
        assertThat(longTerm.status()).as(longTerm.toString()).isEqualTo(201);
    }

    @Test
    void aPlanGoesToReviewOnlyWithEveryItemOfItsChecklist() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        JsonNode problem = flows.office.get("/api/v1/problems/" + planned[0]).json();
        var cleared = flows.coordinator.patch("/api/v1/problems/" + planned[0], """
                {"version":%d,"responsibleUnitIds":[]}""".formatted(problem.get("version").asLong()));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        JsonNode checklist = flows.coordinator.get("/api/v1/problems/" + planned[0] + "/lifecycle").json()
                .get("planChecklist").get("items");
        assertThat(checklist.toString()).contains("{\"key\":\"units\",\"done\":false}", "{\"key\":\"deadline\",\"done\":true}");
        var refused = flows.act(flows.coordinator, planned[0], "{\"action\":\"SUBMIT_PLAN\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.message()).contains("责任部门").doesNotContain("完成时限").doesNotContain("责任领导");
        assertThat(flows.status(planned[0])).isEqualTo("PLANNING");
    }

    @Test
    void anInspectionWithoutATitleGetsTheUsualOne() {
        ApiClient office = as(INSPECTION_OFFICE);
        long unit = unitId(office, "石龙区科学技术协会");
        JsonNode created = office.post("/api/v1/inspections", """
                {"source":"INSPECTION","targetUnitId":%d,"groupName":"区委第一巡察组","partyOrganisationShort":"区科协党组"}"""
                .formatted(unit)).json();
        assertThat(created.get("title").asString()).isEqualTo("区委第一巡察组对区科协党组常规巡察");
    }

    @Test
    void onlyWhoeverEntersTheFeedbackAddsOrRenamesItsAspects() {
        ApiClient office = as(INSPECTION_OFFICE);
        long seed = inspectionId(office, "区委第二巡察组对区科协党组常规巡察");
        var added = as(KEXIE_COORDINATOR).post("/api/v1/inspections/" + seed + "/categories", "{\"title\":\"自加的方面\"}");
        assertThat(added.status()).isEqualTo(403);
        assertThat(office.get("/api/v1/inspections/" + seed + "/categories").json().toString()).doesNotContain("自加的方面");
    }

    @Test
    void staticFilesAreNamedByTheirContentAndCachedForAYear() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher css = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]*-[0-9a-f]{32}\\.css)\"").matcher(login);
        assertThat(css.find()).as("a fingerprinted stylesheet in " + login).isTrue();
        // the application's own files too, and a page's address is left as it is
        assertThat(login).containsPattern("href=\"/css/app-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"")
                .containsPattern("href=\"/img/favicon-[0-9a-f]{32}\\.svg\"")
                .contains("action=\"/login\"");
        HttpResponse<Void> file = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + css.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
    }
}
