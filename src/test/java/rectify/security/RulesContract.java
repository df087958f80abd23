package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient.Response;
import rectify.support.LifecycleFlows;

/**
 * Rules that held only in the pages hold everywhere: after approval a measure's deadline moves only by extension, a
 * measure is never due after its problem, and dates out of any sane range are refused with a sentence, never
 * stored as another date and never a 500.
 */
abstract class RulesContract extends rectify.support.ApiTest {

    LifecycleFlows flows;

    @BeforeEach
    void flows() {
        flows = new LifecycleFlows(anonymous);
    }

    @Test
    void peopleEnteringFeedbackAtTheSameTimeEachGetTheNextNumber() throws Exception {
        long inspection = flows.plannedProblem("TIME_LIMITED")[2];
        long category = flows.office.get("/api/v1/inspections/" + inspection + "/categories").json().get(0).get("id")
                .asLong();
        int clients = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int n = c;
            answers.add(pool.submit(() -> {
                start.await();
                return flows.office.post("/api/v1/inspections/" + inspection + "/problems", """
                        {"categoryId":%d,"title":"关于并发录入的第%d个问题"}""".formatted(category, n));
            }));
        }
        start.countDown();
        java.util.Set<Integer> numbers = new java.util.TreeSet<>();
        for (var answer : answers) {
            Response created = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            numbers.add(created.json().get("seq").asInt());
        }
        pool.shutdown();
        assertThat(numbers).as("the one planned problem is 1; the eight get 2..9, none twice")
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void afterApprovalAMeasuresDeadlineMovesOnlyByExtension() {
        long problem = flows.approvedPlan("TIME_LIMITED");
        JsonNode measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0);
        Response moved = flows.coordinator.patch("/api/v1/measures/" + measure.get("id").asLong(), """
                {"version":%d,"text":"%s","deadline":"2099-12-31"}""".formatted(measure.get("version").asLong(),
                measure.get("text").asString()));
        assertThat(moved.status()).as(moved.toString()).isIn(409, 422);
        assertThat(moved.message()).contains("延期");
        JsonNode after = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0);
        assertThat(after.get("deadline")).isEqualTo(measure.get("deadline"));
    }

    @Test
    void aMeasureIsNeverDueAfterItsProblem() {
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        Response late = flows.coordinator.post("/api/v1/problems/" + planned[0] + "/measures", """
                {"text":"另行整改","deadline":"2027-07-31"}""");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.message()).contains("2027-06-30");
    }

    @Test
    void datesOutOfAnySaneRangeAreRefusedWithASentence() {
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        for (String date : new String[] {"+999999999-12-31", "20226-01-01", "0001-01-01"}) {
            Response refused = flows.coordinator.post("/api/v1/problems/" + planned[0] + "/measures", """
                    {"text":"核对日期","deadline":"%s"}""".formatted(date));
            assertThat(refused.status()).as(date + " " + refused).isBetween(400, 422);
            assertThat(refused.message()).as(date).isNotBlank();
        }
        JsonNode measures = flows.office.get("/api/v1/problems/" + planned[0]).json().get("measures");
        assertThat(measures).hasSize(1);
    }
}
