package rectify.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiClient.Response;
import rectify.support.LifecycleFlows;

/**
 * Every transition of the lifecycle and every refusal (wrong role, wrong level, wrong state, missing evidence,
 * missing comment, stale version), extensions, the inbox, batch approval, and two reviewers deciding at once.
 */
abstract class LifecycleApiContract extends rectify.support.ApiTest {

    ApiClient office;
    ApiClient coordinator;
    ApiClient leader;
    ApiClient responsible;
    LifecycleFlows flows;

    @BeforeEach
    void clients() {
        flows = new LifecycleFlows(anonymous);
        office = flows.office;
        coordinator = flows.coordinator;
        leader = flows.leader;
        responsible = flows.responsible;
    }

    long id(ApiClient client, String path, String field, String value) {
        return flows.id(client, path, field, value);
    }

    long[] plannedProblem(String type) {
        return flows.plannedProblem(type);
    }

    Response act(ApiClient client, long problem, String json) {
        return flows.act(client, problem, json);
    }

    String status(long problem) {
        return flows.status(problem);
    }

    long finishWithEvidence(long problem, long measure) {
        return flows.finishWithEvidence(problem, measure);
    }

    long approvedPlan(String type) {
        return flows.approvedPlan(type);
    }

    @Test
    void walksEveryTransitionAndKeepsEarlierCycles() {
        long[] p = plannedProblem("TIME_LIMITED");
        long problem = p[0];

        Response submitted = act(coordinator, problem, "{\"action\":\"SUBMIT_PLAN\"}");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("PLAN_REVIEW");
        Response noComment = act(office, problem, "{\"action\":\"REJECT_PLAN\"}");
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.message()).contains("须填写意见");
        assertThat(act(office, problem, "{\"action\":\"REJECT_PLAN\",\"comment\":\"措施不够具体\"}").json()
                .get("status").asString()).isEqualTo("PLANNING");
        act(coordinator, problem, "{\"action\":\"SUBMIT_PLAN\"}");
        assertThat(act(office, problem, "{\"action\":\"APPROVE_PLAN\"}").json().get("status").asString())
                .isEqualTo("IN_PROGRESS");

        Response pending = act(coordinator, problem, "{\"action\":\"REQUEST_CLOSURE\",\"summary\":\"已规范\"}");
        assertThat(pending.status()).isEqualTo(422);
        assertThat(pending.message()).contains("措施未完成");
        long evidence = finishWithEvidence(problem, p[1]);
        Response noEvidence = act(coordinator, problem, "{\"action\":\"REQUEST_CLOSURE\",\"summary\":\"已规范\"}");
        assertThat(noEvidence.status()).isEqualTo(422);
        assertThat(noEvidence.message()).contains("佐证材料");
        String closure = """
                {"action":"REQUEST_CLOSURE","summary":"一是规范了会议记录格式。","attachmentIds":[%d]}""".formatted(evidence);
        assertThat(act(coordinator, problem, closure).json().get("status").asString()).isEqualTo("CLOSURE_REVIEW");

        Response notOfficeYet = act(office, problem, "{\"action\":\"APPROVE\"}");
        assertThat(notOfficeYet.status()).isEqualTo(403);
        assertThat(notOfficeYet.message()).contains("单位领导");
        assertThat(act(leader, problem, "{\"action\":\"REJECT\"}").status()).isEqualTo(422);
        assertThat(act(leader, problem, "{\"action\":\"REJECT\",\"comment\":\"补充会议记录原件扫描件\"}").json()
                .get("status").asString()).isEqualTo("IN_PROGRESS");

        act(coordinator, problem, closure);
        assertThat(act(leader, problem, "{\"action\":\"APPROVE\"}").json().get("status").asString())
                .isEqualTo("CLOSURE_REVIEW");
        assertThat(act(leader, problem, "{\"action\":\"APPROVE\"}").status()).isEqualTo(403);
        assertThat(act(office, problem, "{\"action\":\"APPROVE_AS_LONG_TERM\"}").status()).isEqualTo(422);
        Response longTerm = act(office, problem, """
                {"action":"APPROVE_AS_LONG_TERM","stageGoal":"形成会议记录长效机制","nextReviewDate":"2027-03-31"}""");
        assertThat(longTerm.json().get("status").asString()).isEqualTo("ONGOING");
        assertThat(longTerm.json().get("nextReviewDate").asString()).isEqualTo("2027-03-31");

        act(coordinator, problem, closure);
        act(leader, problem, "{\"action\":\"APPROVE\"}");
        Response closed = act(office, problem, "{\"action\":\"APPROVE\",\"comment\":\"同意销号\"}");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("closedOn").isNull()).isFalse();
        Response again = act(coordinator, problem, closure);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).contains("已整改到位");

        assertThat(act(coordinator, problem, "{\"action\":\"REOPEN\",\"comment\":\"x\"}").status()).isEqualTo(403);
        assertThat(act(office, problem, "{\"action\":\"REOPEN\"}").status()).isEqualTo(422);
        Response reopened = act(office, problem, "{\"action\":\"REOPEN\",\"comment\":\"回头看发现会议记录又不规范\"}");
        assertThat(reopened.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.json().get("cycle").asInt()).isEqualTo(2);

        JsonNode lifecycle = office.get("/api/v1/problems/" + problem + "/lifecycle").json();
        JsonNode earlier = lifecycle.get("earlierCycles");
        assertThat(earlier).hasSize(1);
        List<String> outcomes = new ArrayList<>();
        earlier.get(0).get("closureRequests").forEach(r -> outcomes.add(r.get("status").asString()));
        assertThat(outcomes).containsExactly("REJECTED", "APPROVED_LONG_TERM", "APPROVED");
        assertThat(earlier.get(0).get("closureRequests").get(0).get("decisions").get(0).get("comment").asString())
                .isEqualTo("补充会议记录原件扫描件");
        assertThat(lifecycle.get("reopenedCount").asInt()).isEqualTo(1);
        List<String> steps = new ArrayList<>();
        lifecycle.get("transitions").forEach(t -> steps.add(t.get("action").asString()));
        assertThat(steps).startsWith("SUBMIT_PLAN", "REJECT_PLAN", "SUBMIT_PLAN", "APPROVE_PLAN", "REQUEST_CLOSURE",
                "REJECT").endsWith("REOPEN");
        assertThat(office.get("/api/v1/problems/" + problem).json().get("history").toString()).contains("REOPEN");
    }

    @Test
    void refusesWrongRoleWrongStateStaleVersionAndOtherUnits() {
        long[] p = plannedProblem("TIME_LIMITED");
        assertThat(act(responsible, p[0], "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(403);
        Response wrongState = act(office, p[0], "{\"action\":\"APPROVE_PLAN\"}");
        assertThat(wrongState.status()).isEqualTo(409);
        assertThat(wrongState.message()).contains("制定方案", "通过整改方案");
        Response early = act(coordinator, p[0], "{\"action\":\"REQUEST_CLOSURE\",\"summary\":\"x\",\"attachmentIds\":[]}");
        assertThat(early.status()).isIn(409, 422);
        long version = office.get("/api/v1/problems/" + p[0]).json().get("version").asLong();
        assertThat(act(coordinator, p[0], "{\"action\":\"SUBMIT_PLAN\",\"version\":" + (version - 1) + "}").status())
                .isEqualTo(409);
        assertThat(act(anonymous.signIn(EDUCATION_COORDINATOR, PASSWORD), p[0], "{\"action\":\"SUBMIT_PLAN\"}")
                .status()).isEqualTo(404);
        assertThat(act(coordinator, p[0], "{\"action\":\"FLY\"}").status()).isEqualTo(400);
        assertThat(act(anonymous.signIn(SYSTEM_ADMIN, PASSWORD), p[0], "{\"action\":\"SUBMIT_PLAN\"}").status())
                .isEqualTo(403);
    }

    @Test
    void anIncompletePlanCannotBeSubmitted() {
        long[] p = plannedProblem("TIME_LIMITED");
        coordinator.delete("/api/v1/measures/" + p[1] + "?version="
                + coordinator.get("/api/v1/problems/" + p[0]).json().get("measures").get(0).get("version").asLong());
        Response refused = act(coordinator, p[0], "{\"action\":\"SUBMIT_PLAN\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.message()).contains("整改方案尚不完整", "至少一项整改措施").doesNotContain("责任人");
    }

    @Test
    void immediateProblemsMayAskForClosureStraightFromThePlan() {
        long[] immediate = plannedProblem("IMMEDIATE");
        long evidence = finishWithEvidence(immediate[0], immediate[1]);
        Response asked = act(coordinator, immediate[0], """
                {"action":"REQUEST_CLOSURE","summary":"立行立改完成","attachmentIds":[%d]}""".formatted(evidence));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("status").asString()).isEqualTo("CLOSURE_REVIEW");

        long[] limited = plannedProblem("TIME_LIMITED");
        long other = finishWithEvidence(limited[0], limited[1]);
        Response refused = act(coordinator, limited[0], """
                {"action":"REQUEST_CLOSURE","summary":"x","attachmentIds":[%d]}""".formatted(other));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.message()).contains("立行立改");
    }

    @Test
    void aNewClosureRequestReplacesThePendingOne() {
        long problem = approvedPlan("TIME_LIMITED");
        long measure = office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        long evidence = finishWithEvidence(problem, measure);
        act(coordinator, problem, """
                {"action":"REQUEST_CLOSURE","summary":"第一稿","attachmentIds":[%d]}""".formatted(evidence));
        act(coordinator, problem, """
                {"action":"REQUEST_CLOSURE","summary":"第二稿","attachmentIds":[%d]}""".formatted(evidence));
        JsonNode requests = office.get("/api/v1/problems/" + problem + "/lifecycle").json().get("closureRequests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).get("status").asString()).isEqualTo("REPLACED");
        assertThat(requests.get(1).get("status").asString()).isEqualTo("PENDING");
        assertThat(requests.get(1).get("summary").asString()).isEqualTo("第二稿");
    }

    @Test
    void extensionsMoveTheDeadlineAndKeepTheOriginal() {
        long[] planning = plannedProblem("TIME_LIMITED");
        Response tooEarly = responsible.post("/api/v1/problems/" + planning[0] + "/extension-requests", """
                {"newDeadline":"2027-09-30","reason":"资金未到位"}""");
        assertThat(tooEarly.status()).isEqualTo(409);

        long problem = approvedPlan("TIME_LIMITED");
        assertThat(responsible.post("/api/v1/problems/" + problem + "/extension-requests", """
                {"newDeadline":"2027-09-30"}""").status()).isEqualTo(422);
        Response asked = responsible.post("/api/v1/problems/" + problem + "/extension-requests", """
                {"newDeadline":"2027-09-30","reason":"涉及上级审批，时间较长"}""");
        assertThat(asked.status()).isEqualTo(201);
        long request = asked.json().get("id").asLong();
        assertThat(responsible.post("/api/v1/problems/" + problem + "/extension-requests", """
                {"newDeadline":"2027-10-30","reason":"再延"}""").status()).isEqualTo(409);

        assertThat(coordinator.post("/api/v1/extension-requests/" + request + "/decision", "{\"approve\":true}")
                .status()).isEqualTo(403);
        assertThat(office.post("/api/v1/extension-requests/" + request + "/decision", "{\"approve\":false}")
                .status()).isEqualTo(422);
        Response approved = office.post("/api/v1/extension-requests/" + request + "/decision",
                "{\"approve\":true,\"comment\":\"同意\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        JsonNode after = office.get("/api/v1/problems/" + problem).json();
        assertThat(after.get("deadline").asString()).isEqualTo("2027-09-30");
        assertThat(after.get("originalDeadline").asString()).isEqualTo("2027-06-30");
        assertThat(office.post("/api/v1/extension-requests/" + request + "/decision", "{\"approve\":true}").status())
                .isEqualTo(409);
        Response direct = coordinator.patch("/api/v1/problems/" + problem, """
                {"version":%d,"deadline":"2028-01-01"}""".formatted(after.get("version").asLong()));
        assertThat(direct.status()).isEqualTo(409);
        assertThat(direct.message()).contains("延期申请");
    }

    @Test
    void reviewersSeeWhatWaitsForThemAndTheOfficeApprovesInBatch() {
        long planProblem = plannedProblem("TIME_LIMITED")[0];
        act(coordinator, planProblem, "{\"action\":\"SUBMIT_PLAN\"}");
        long closureProblem = approvedPlan("TIME_LIMITED");
        long measure = office.get("/api/v1/problems/" + closureProblem).json().get("measures").get(0).get("id").asLong();
        long evidence = finishWithEvidence(closureProblem, measure);
        act(coordinator, closureProblem, """
                {"action":"REQUEST_CLOSURE","summary":"已整改","attachmentIds":[%d]}""".formatted(evidence));

        assertThat(keys(leader)).contains("CLOSURE:" + closureProblem).doesNotContain("PLAN:" + planProblem);
        assertThat(keys(office)).contains("PLAN:" + planProblem).doesNotContain("CLOSURE:" + closureProblem);
        assertThat(anonymous.signIn(EDUCATION_COORDINATOR, PASSWORD).get("/api/v1/reviews").status()).isEqualTo(403);

        Response batch = office.post("/api/v1/reviews/approvals", """
                {"items":["PLAN:%d","CLOSURE:%d","PLAN:999999"]}""".formatted(planProblem, closureProblem));
        assertThat(batch.status()).isEqualTo(200);
        JsonNode outcomes = batch.json();
        assertThat(outcomes.get(0).get("done").asBoolean()).isTrue();
        assertThat(outcomes.get(1).get("done").asBoolean()).isFalse();
        assertThat(outcomes.get(1).get("message").asString()).contains("单位领导");
        assertThat(outcomes.get(2).get("done").asBoolean()).isFalse();
        assertThat(status(planProblem)).isEqualTo("IN_PROGRESS");
        assertThat(status(closureProblem)).isEqualTo("CLOSURE_REVIEW");
        assertThat(leader.post("/api/v1/reviews/approvals", "{\"items\":[]}").status()).isEqualTo(403);
        // the service answers for page and API alike: nothing chosen is a sentence
        Response none = office.post("/api/v1/reviews/approvals", "{\"items\":[]}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.message()).isNotBlank();
    }

    @Test
    void theCoordinatorSubmitsEveryPlanAtOnceAndStatisticsTellReopenedApart() {
        long[] complete = plannedProblem("TIME_LIMITED");
        long inspection = complete[2];
        long category = office.get("/api/v1/inspections/" + inspection + "/categories").json().get(0).get("id").asLong();
        long incomplete = office.post("/api/v1/inspections/" + inspection + "/problems", """
                {"categoryId":%d,"title":"关于档案管理不规范的问题"}""".formatted(category)).json().get("id").asLong();

        Response outcomes = coordinator.post("/api/v1/inspections/" + inspection + "/plan-submissions", "");
        assertThat(outcomes.status()).isEqualTo(200);
        assertThat(outcomes.json()).hasSize(2);
        assertThat(outcomes.json().get(0).get("done").asBoolean()).isTrue();
        assertThat(outcomes.json().get(1).get("done").asBoolean()).isFalse();
        assertThat(outcomes.json().get(1).get("message").asString()).contains("整改方案尚不完整", "完成时限", "责任领导");
        assertThat(status(complete[0])).isEqualTo("PLAN_REVIEW");
        assertThat(status(incomplete)).isEqualTo("PLANNING");

        act(office, complete[0], "{\"action\":\"APPROVE_PLAN\"}");
        long evidence = finishWithEvidence(complete[0], complete[1]);
        String closure = """
                {"action":"REQUEST_CLOSURE","summary":"已整改","attachmentIds":[%d]}""".formatted(evidence);
        act(coordinator, complete[0], closure);
        act(leader, complete[0], "{\"action\":\"APPROVE\"}");
        act(office, complete[0], "{\"action\":\"APPROVE\"}");
        JsonNode counts = office.get("/api/v1/inspections/" + inspection).json();
        assertThat(counts.get("closedFirstTime").asInt()).isEqualTo(1);
        assertThat(counts.get("reopened").asInt()).isZero();
        act(office, complete[0], "{\"action\":\"REOPEN\",\"comment\":\"反弹\"}");
        act(coordinator, complete[0], closure);
        act(leader, complete[0], "{\"action\":\"APPROVE\"}");
        act(office, complete[0], "{\"action\":\"APPROVE\"}");
        counts = office.get("/api/v1/inspections/" + inspection).json();
        assertThat(counts.get("closedFirstTime").asInt()).isZero();
        assertThat(counts.get("closedAfterReopening").asInt()).isEqualTo(1);
        assertThat(counts.get("reopened").asInt()).isEqualTo(1);
    }

    List<String> keys(ApiClient client) {
        List<String> keys = new ArrayList<>();
        client.get("/api/v1/reviews").json().forEach(i -> keys.add(i.get("kind").asString() + ":"
                + (i.get("kind").asString().equals("EXTENSION") ? i.get("requestId").asLong() : i.get("problemId").asLong())));
        return keys;
    }

    @Test
    void twoReviewersDecidingAtOnceExactlyOneWins() throws Exception {
        ApiClient secondOffice = secondInspectionOfficer();
        for (int attempt = 0; attempt < 3; attempt++) {
            long problem = approvedPlan("TIME_LIMITED");
            long measure = office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
            long evidence = finishWithEvidence(problem, measure);
            act(coordinator, problem, """
                    {"action":"REQUEST_CLOSURE","summary":"已整改","attachmentIds":[%d]}""".formatted(evidence));
            act(leader, problem, "{\"action\":\"APPROVE\"}");

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<Response> first = pool.submit(() -> {
                start.await();
                return act(office, problem, "{\"action\":\"APPROVE\"}");
            });
            Future<Response> second = pool.submit(() -> {
                start.await();
                return act(secondOffice, problem, "{\"action\":\"REJECT\",\"comment\":\"材料不全\"}");
            });
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(first.get().status(), second.get().status()));
            pool.shutdown();
            statuses.sort(Integer::compare);
            assertThat(statuses).as(first.get() + " / " + second.get()).containsExactly(200, 409);
            Response loser = first.get().status() == 409 ? first.get() : second.get();
            assertThat(loser.message()).isNotBlank();
            String finalStatus = status(problem);
            assertThat(finalStatus).isIn("CLOSED", "IN_PROGRESS");
            JsonNode decisions = office.get("/api/v1/problems/" + problem + "/lifecycle").json()
                    .get("closureRequests").get(0).get("decisions");
            assertThat(decisions).hasSize(2);
        }
    }

    /** A second member of the inspection office, created the way administrators do it. */
    ApiClient secondInspectionOfficer() {
        return flows.userWithRoles("中共石龙区委巡察工作领导小组办公室", java.util.Set.of("INSPECTION_OFFICE"));
    }
}
