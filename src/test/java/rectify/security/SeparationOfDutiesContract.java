package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiClient.Response;
import rectify.support.LifecycleFlows;

/**
 * No one decides on their own work, whatever roles they hold: a closure's requester, a reviewer of an earlier
 * level, an extension's requester and a plan's submitter are refused the decision, and are not shown it.
 */
abstract class SeparationOfDutiesContract extends rectify.support.ApiTest {

    LifecycleFlows flows;

    @BeforeEach
    void flows() {
        flows = new LifecycleFlows(anonymous);
    }

    private long closureRequested(ApiClient requester) {
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        long evidence = flows.finishWithEvidence(problem, measure);
        Response requested = flows.act(requester, problem, """
                {"action":"REQUEST_CLOSURE","summary":"已整改","attachmentIds":[%d]}""".formatted(evidence));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        return problem;
    }

    private static boolean inInbox(ApiClient client, long problem) {
        for (JsonNode item : client.get("/api/v1/reviews").json()) {
            if (item.get("problemId").asLong() == problem) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aCoordinatorWhoIsAlsoALeaderCannotApproveHerOwnClosureRequest() {
        ApiClient both = flows.userWithRoles("石龙区科学技术协会", Set.of("UNIT_COORDINATOR", "UNIT_LEADER"));
        long problem = closureRequested(both);
        assertThat(inInbox(both, problem)).isFalse();
        assertThat(both.get("/api/v1/problems/" + problem + "/lifecycle").json().get("allowedActions").toString())
                .doesNotContain("APPROVE");
        Response own = flows.act(both, problem, "{\"action\":\"APPROVE\"}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.message()).contains("本人提出的申请");
        assertThat(flows.status(problem)).isEqualTo("CLOSURE_REVIEW");
        assertThat(flows.act(flows.leader, problem, "{\"action\":\"APPROVE\"}").status()).isEqualTo(200);
    }

    @Test
    void whoeverDecidedOneLevelCannotDecideTheNext() {
        ApiClient both = flows.userWithRoles("中共石龙区委巡察工作领导小组办公室", Set.of("UNIT_LEADER", "INSPECTION_OFFICE"));
        long problem = closureRequested(flows.coordinator);
        Response first = flows.act(both, problem, "{\"action\":\"APPROVE\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(inInbox(both, problem)).isFalse();
        Response second = flows.act(both, problem, "{\"action\":\"APPROVE\"}");
        assertThat(second.status()).isEqualTo(403);
        assertThat(second.message()).contains("上一级");
        assertThat(flows.status(problem)).isEqualTo("CLOSURE_REVIEW");
        assertThat(flows.act(flows.office, problem, "{\"action\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(flows.status(problem)).isEqualTo("CLOSED");
    }

    @Test
    void aPlanIsNotReviewedByWhoeverSubmittedIt() {
        ApiClient both = flows.userWithRoles("中共石龙区委巡察工作领导小组办公室", Set.of("UNIT_COORDINATOR",
                "INSPECTION_OFFICE"));
        long[] planned = flows.plannedProblem("TIME_LIMITED");
        assertThat(flows.act(both, planned[0], "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        assertThat(inInbox(both, planned[0])).isFalse();
        Response own = flows.act(both, planned[0], "{\"action\":\"APPROVE_PLAN\"}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.message()).contains("本人提交的整改方案");
        // sent back and submitted again by someone else, the plan is theirs to review after all
        Response back = flows.act(flows.office, planned[0], "{\"action\":\"REJECT_PLAN\",\"comment\":\"措施不够具体\"}");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(flows.act(flows.coordinator, planned[0], "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        assertThat(inInbox(both, planned[0])).as("the cycle's last submission is another's").isTrue();
        assertThat(flows.act(both, planned[0], "{\"action\":\"APPROVE_PLAN\"}").status()).isEqualTo(200);
    }
}
