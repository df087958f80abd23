package rectify.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import rectify.support.ApiClient;
import rectify.support.Eventually;
import rectify.support.LifecycleFlows;

/**
 * The lifecycle's business events reach the next reviewer at once: a submitted plan is in the inspection office's
 * inbox, a closure request in the unit leader's, and after the leader's approval in the office's — without waiting
 * for the daily reminder run. Each event's publication is completed in the registry once its listener is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReviewerHearsAtOnceTest extends rectify.support.ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachReviewerHearsOfTheDecisionWaitingForThemWhenItArrives() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        long problem = planned[0];
        String link = "/problems/" + problem;

        assertThat(flows.act(flows.coordinator, problem, "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        awaitNotice(flows.office, link, "整改方案待审核");
        assertThat(flows.act(flows.office, problem, "{\"action\":\"APPROVE_PLAN\"}").status()).isEqualTo(200);

        long photo = flows.finishWithEvidence(problem, planned[1]);
        assertThat(flows.act(flows.coordinator, problem, """
                {"action":"REQUEST_CLOSURE","summary":"会议记录已规范","attachmentIds":[%d]}""".formatted(photo))
                .status()).isEqualTo(200);
        awaitNotice(flows.leader, link, "销号申请待审核");
        int officeNoticesBefore = count(flows.office, link, "销号申请待审核");
        assertThat(flows.act(flows.leader, problem, "{\"action\":\"APPROVE\"}").status()).isEqualTo(200);
        awaitCount(flows.office, link, "销号申请待审核", officeNoticesBefore + 1);

        long incomplete = jdbc.sql("select count(*) from event_publication where completion_date is null "
                + "and listener_id like '%ReviewNotices%'").query(Long.class).single();
        assertThat(incomplete).as("every publication to the reviewer notices was completed").isZero();
    }

    @Test
    void theOfficeHearsOfAnExtensionAskedForAndWhoAskedHearsTheAnswer() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        long problem = planned[0];
        String link = "/problems/" + problem;
        assertThat(flows.act(flows.coordinator, problem, "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        assertThat(flows.act(flows.office, problem, "{\"action\":\"APPROVE_PLAN\"}").status()).isEqualTo(200);

        String later = java.time.LocalDate.now().plusMonths(4).toString();
        var asked = flows.coordinator.post("/api/v1/problems/" + problem + "/extension-requests",
                "{\"newDeadline\":\"" + later + "\",\"reason\":\"需待年度预算批复后实施\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        awaitNotice(flows.office, link, "延期申请待审批");
        assertThat(flows.office.post("/api/v1/extension-requests/" + asked.json().get("id").asLong() + "/decision",
                "{\"approve\":true}").status()).isEqualTo(200);
        awaitNotice(flows.coordinator, link, "延期已同意");
    }

    private void awaitNotice(ApiClient reviewer, String link, String words) {
        awaitCount(reviewer, link, words, 1);
    }

    private void awaitCount(ApiClient reviewer, String link, String words, int atLeast) {
        Eventually.within(Duration.ofSeconds(10), words + " for " + link,
                () -> count(reviewer, link, words) >= atLeast);
    }

    private static int count(ApiClient reviewer, String link, String words) {
        int found = 0;
        for (var n : reviewer.get("/api/v1/notifications?size=100").json().get("content")) {
            if (link.equals(n.get("link").asString()) && n.get("title").asString().contains(words)) {
                found++;
            }
        }
        return found;
    }
}
