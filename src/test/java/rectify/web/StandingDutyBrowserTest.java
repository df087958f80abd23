package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import rectify.support.ApiClient;
import rectify.support.BrowserTest;
import rectify.support.TestData;

/**
 * Standing duties in the pages: the coordinator sets one up on a problem's page, its owner records an occurrence
 * from the same page (first refused for saying nothing), and the duty's strip shows the period done.
 */
class StandingDutyBrowserTest extends BrowserTest {

    @Test
    void theCoordinatorSetsADutyUpAndItsOwnerRecordsAnOccurrence() {
        TestData data = new TestData(ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD));
        long problem = data.problem(data.feedbackOf("石龙区科学技术协会"), Map.of("title", "关于联席会议不经常的问题"));

        // the server's day (its time zone), which is not always the test machine's
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/problems/" + problem));
        page.click("#duty-set-up summary");
        page.fill("#duty-title", "每月召开联席会议");
        page.selectOption("#duty-recurrence", "MONTHLY");
        page.selectOption("#duty-owner", new SelectOption().setLabel("陈晓"));
        page.fill("#duty-start", today.withDayOfMonth(1).toString());
        page.click("#duty-create");
        assertThat(page.locator("#flash-success")).containsText("已建立长效机制");
        assertThat(page.locator("#duties")).containsText("每月召开联席会议");
        assertThat(page.locator("#duties .duty-period.duty-DUE")).hasCount(1);
        signOut();

        signIn(KEXIE_RESPONSIBLE);
        page.navigate(url("/problems/" + problem + "#duties"));
        page.locator("#duties details[id^=duty-record-] summary").click();
        page.locator("#duties input[name=date]").fill(today.toString());
        page.locator("#duties input[name=note]").evaluate("e => e.removeAttribute('required')");
        page.locator("#duties button[id^=duty-record-submit-]").click();
        assertThat(page.locator("#flash-error")).containsText("请填写落实情况");
        page.locator("#duties details[id^=duty-record-] summary").click();
        page.locator("#duties input[name=date]").fill(today.toString());
        page.locator("#duties input[name=note]").fill("召开第一次联席会议，研究经费管理制度修订");
        page.locator("#duties input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload("会议纪要.png", "image/png", rectify.support.TestFiles.png()));
        page.locator("#duties button[id^=duty-record-submit-]").click();
        assertThat(page.locator("#flash-success")).containsText("每月召开联席会议");
        assertThat(page.locator("#duties .duty-period.duty-DONE")).hasCount(1);
        assertThat(page.locator("#duties .duty-figures")).containsText("按期落实率100%");
        screenshot("standing-duty");
    }

    /** The demo's 回头看 of the seed shows, beside each revisited problem, the duties it set up and how they were kept. */
    @Test
    void theLookBackShowsHowEachProblemsStandingDutiesWereKept() {
        ApiClient office = ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD);
        long lookBack = 0;
        for (var i : office.get("/api/v1/inspections").json()) {
            if ("LOOK_BACK".equals(i.get("kind").asString()) && i.get("title").asString().contains("区科协")
                    && i.get("onsiteFrom").asString().equals("2023-12-04")) {
                lookBack = i.get("id").asLong();
            }
        }
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/" + lookBack));
        assertThat(page.locator("#look-back")).containsText("长效机制：每周二集中学习");
        assertThat(page.locator("#look-back .duty-period.duty-MISSED")).hasCount(4);
        assertThat(page.locator("#look-back-figures")).containsText("纸面整改1个");
        screenshot("look-back-duties");
    }
}
