package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import rectify.support.ApiClient;
import rectify.support.BrowserTest;
import rectify.support.TestData;

/**
 * 举一反三 in the pages: the office issues a self-check from a problem's page; a unit's coordinator answers on the
 * self-check's page, first refused for saying nothing, then "exists", and lands on the problem it filed.
 */
class SelfCheckBrowserTest extends BrowserTest {

    @Test
    void theOfficeIssuesASelfCheckAndAUnitFilesTheSameProblem() {
        TestData data = new TestData(ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD));
        long source = data.problem(data.feedbackOf("石龙区科学技术协会"),
                java.util.Map.of("title", "关于会议室使用登记不全的问题"));

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/problems/" + source));
        page.click("#self-check-issue summary");
        page.selectOption("#self-check-units", new SelectOption().setLabel("石龙区教育体育局"));
        page.click("#self-check-send");
        assertThat(page.locator("#flash-success")).containsText("已向1个单位下发");
        assertThat(page.locator("#self-checks")).containsText("待答复");
        String selfCheck = page.locator("#self-checks li a").first().getAttribute("href");
        signOut();

        signIn(EDUCATION_COORDINATOR);
        page.navigate(url(selfCheck));
        assertThat(page.locator("#page-title")).containsText("会议室使用登记不全");
        page.click("#exists-yes");
        page.click("#self-check-submit");
        assertThat(page.locator("#flash-error")).containsText("请填写问题");
        page.click("#exists-yes");
        page.fill("#self-check-title", "关于会议室预约记录缺失的问题");
        page.fill("#self-check-description", "部分会议室使用未登记。");
        page.click("#self-check-submit");
        assertThat(page.locator("#flash-success")).containsText("已列入本单位问题台账");
        assertThat(page.locator("#page-title")).containsText("关于会议室预约记录缺失的问题");
        screenshot("self-check-filed");
    }

    @Test
    void aNewProblemThatRepeatsAClosedOneOfTheUnitIsFlaggedWhileItsTitleIsTyped() {
        rectify.support.LifecycleFlows flows = new rectify.support.LifecycleFlows(ApiClient.anonymous(port));
        flows.closedProblem();
        TestData data = new TestData(flows.office);
        TestData.Feedback again = data.feedbackOf("石龙区科学技术协会");

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/" + again.inspectionId()));
        page.fill("#problem-title", "关于会议记录仍不规范的问题");
        assertThat(page.locator("#problem-repeats")).containsText("可能是反弹回潮");
        assertThat(page.locator("#problem-repeats")).containsText("关于会议记录不规范的问题");
        page.fill("#problem-title", "关于公务接待超标准的问题");
        assertThat(page.locator("#problem-repeats")).not().containsText("可能是反弹回潮");
    }

    @Test
    void theDashboardShowsTheRoundsRecurringThemes() {
        ApiClient office = ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD);
        long round = 0;
        for (var r : office.get("/api/v1/rounds").json()) {
            if (r.get("name").asString().endsWith("年区委第一轮巡察")) {
                round = r.get("id").asLong();
            }
        }
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/dashboard?roundId=" + round));
        assertThat(page.locator("#recurring-themes")).containsText("三会一课");
        assertThat(page.locator("#recurring-themes")).containsText("石龙区科学技术协会");
        screenshot("recurring-themes");
    }
}
