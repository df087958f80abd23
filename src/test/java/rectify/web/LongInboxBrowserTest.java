package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import rectify.support.ApiClient;
import rectify.support.BrowserTest;
import rectify.support.LifecycleFlows;

/**
 * An inbox longer than a page lists the first items of each kind and says how many wait in all (here one
 * item of each kind is listed, as a province's office gets two hundred of its tens of thousands).
 */
@TestPropertySource(properties = "rectify.reviews.listed-per-kind=1")
class LongInboxBrowserTest extends BrowserTest {

    @Test
    void theFirstPlansAreListedAndTheRestCounted() {
        LifecycleFlows flows = new LifecycleFlows(ApiClient.anonymous(port));
        for (int i = 0; i < 2; i++) {
            long[] planned = flows.plannedProblem("TIME_LIMITED");
            assertThat(flows.act(flows.coordinator, planned[0], "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        }
        long waiting = 0;
        for (var item : flows.office.get("/api/v1/reviews").json()) {
            waiting += item.get("kind").asString().equals("PLAN") ? 1 : 0;
        }
        assertThat(waiting).as("the API still lists every plan waiting").isGreaterThanOrEqualTo(2);

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/reviews"));
        assertThat(page.locator("[id^=review-PLAN-]")).hasCount(1);
        assertThat(page.locator("#more-PLAN")).containsText("整改方案共 " + waiting + " 件");
        assertThat(page.locator("#more-PLAN")).containsText("列出前 1 件");
        screenshot("reviews-long-inbox");
    }

    @Test
    void closuresAtTheOfficesLevelAreListedThoughOlderOnesWaitForUnitLeaders() {
        LifecycleFlows flows = new LifecycleFlows(ApiClient.anonymous(port));
        long atLeaders = requestedClosure(flows);
        long atOffice = requestedClosure(flows);
        assertThat(flows.act(flows.leader, atOffice, "{\"action\":\"APPROVE\"}").status()).isEqualTo(200);

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/reviews"));
        assertThat(page.locator("[id^=review-CLOSURE-]")).hasCount(1);
        assertThat(page.locator("[id^=review-CLOSURE-]")).not().hasId("review-CLOSURE-" + atLeaders);
    }

    private static long requestedClosure(LifecycleFlows flows) {
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.responsible.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id")
                .asLong();
        long photo = flows.finishWithEvidence(problem, measure);
        assertThat(flows.act(flows.coordinator, problem, """
                {"action":"REQUEST_CLOSURE","summary":"已整改到位","attachmentIds":[%d]}""".formatted(photo)).status())
                .isEqualTo(200);
        return problem;
    }
}
