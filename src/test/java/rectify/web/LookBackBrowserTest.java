package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import org.junit.jupiter.api.Test;

import rectify.support.ApiClient;
import rectify.support.BrowserTest;
import rectify.support.LifecycleFlows;

/**
 * The office schedules a 回头看 from an inspection's page and records a verdict in the look-back's page; a relapse
 * reopens the problem, which says so on its own page.
 */
class LookBackBrowserTest extends BrowserTest {

    @Test
    void theOfficeRevisitsAnInspectionAndARelapseReopensTheProblem() {
        LifecycleFlows flows = new LifecycleFlows(ApiClient.anonymous(port));
        long problem = flows.closedProblem();
        long inspection = flows.office.get("/api/v1/problems/" + problem).json().get("inspectionId").asLong();

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/" + inspection));
        page.click("#schedule-look-back summary");
        page.fill("#look-back-group", "区委第一巡察组");
        page.fill("#look-back-from", "2026-11-02");
        page.fill("#look-back-to", "2026-11-13");
        page.click("#look-back-create");
        assertThat(page.locator("#flash-success")).containsText("已安排回头看");
        assertThat(page.locator("#page-title")).containsText("回头看");
        assertThat(page.locator("#look-back-figures")).containsText("待定1个");

        // a verdict other than "held" needs its grounds: refused with the sentence, nothing recorded
        page.locator("#look-back select[name=verdict]").first().selectOption("RELAPSED");
        page.locator("#look-back button[type=submit]").first().click();
        assertThat(page.locator("#flash-error")).containsText("请写明发现的问题");
        assertThat(page.locator("#look-back-figures")).containsText("待定1个");

        page.locator("#look-back select[name=verdict]").first().selectOption("RELAPSED");
        page.locator("#look-back input[name=findings]").first().fill("会议记录又出现缺项");
        page.locator("#look-back button[type=submit]").first().click();
        assertThat(page.locator("#flash-success")).containsText("问题已重新整改");
        assertThat(page.locator("#look-back-figures")).containsText("反弹回潮1个");
        assertThat(page.locator("#look-back")).containsText("已重新整改（第2轮）");
        screenshot("look-back");

        page.locator("#look-back a").first().click();
        assertThat(page.locator("#lifecycle")).containsText("会议记录又出现缺项");
        assertThat(page.locator("#history")).containsText("回头看结论");
        assertThat(page.locator("#history")).not().containsText("RELAPSED");
    }
}
