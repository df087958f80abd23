package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import rectify.support.ApiClient;
import rectify.support.BrowserTest;

/**
 * Above the threshold (ten thousand; here one) the workbench's figures and the ledger's status chips are counted once a
 * minute, as the ledger's totals are, and say so: a province's office has tens of thousands of plans and closures waiting.
 */
@TestPropertySource(properties = "rectify.ledger.exact-total-up-to=1")
class WorkbenchLargeCountsBrowserTest extends BrowserTest {

    @Test
    void countsAboveTheThresholdAreMarkedAsCountedWithinTheMinute() {
        ApiClient office = ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD);
        long large = 0;
        for (var item : office.get("/api/v1/workbench").json()) {
            boolean exact = item.get("exact").asBoolean();
            if (java.util.Set.of("overdue", "plansToReview", "withoutPlan").contains(item.get("key").asString())) {
                assertThat(exact).as(item.toString()).isEqualTo(item.get("count").asLong() <= 1);
            }
            large += exact ? 0 : 1;
        }
        assertThat(large).as("the demo has more than one overdue problem").isPositive();

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/"));
        assertThat(page.locator("#waiting-overdue .workbench-count")).containsText("约");
        screenshot("workbench-large-counts");

        page.navigate(url("/ledger"));
        assertThat(page.locator("#status-chips a").first()).containsText("约");
        assertThat(page.locator("#chip-CLOSED")).containsText("约");
        screenshot("ledger-large-counts");
    }

    @Test
    void statusCountsOfFewProblemsAreExact() {
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/ledger?q=无此问题"));
        assertThat(page.locator("#status-chips a").first()).containsText("0");
        assertThat(page.locator("#status-chips a").first()).not().containsText("约");
    }
}
