package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;

/** The coordinator sees a problem's outcomes on its page and records one; a responsible person only reads them. */
class OutcomeBrowserTest extends BrowserTest {

    @Test
    void theCoordinatorRecordsAnOutcomeOnTheProblemPage() {
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/ledger?q=" + URLEncoder.encode("意识形态工作责任制", StandardCharsets.UTF_8)));
        page.locator("#ledger-table tbody a").first().click();
        assertThat(page.locator("#outcomes")).containsText("区科协党组意识形态工作责任清单");
        page.selectOption("#outcome-subtype", "NEW");
        page.fill("#outcome-title", "区科协新闻发言人制度");
        page.fill("#outcome-date", "2026-11-20");
        page.click("#outcome-add");
        assertThat(page.locator("#flash-success")).containsText("整改成效已记录");
        assertThat(page.locator("#outcome-list")).containsText("区科协新闻发言人制度");
        assertThat(page.locator("#history")).containsText("整改成效");
        assertThat(page.locator("#history")).not().containsText("??");
        page.locator("#outcomes").scrollIntoViewIfNeeded();
        screenshot("problem-outcomes");

        page.selectOption("#outcome-subtype", "ADMONITION");
        page.click("#outcome-add");
        assertThat(page.locator("#flash-error")).containsText("人数");
        String problemUrl = page.url();
        signOut();

        signIn(KEXIE_RESPONSIBLE);
        page.navigate(problemUrl);
        assertThat(page.locator("#outcomes")).containsText("区科协新闻发言人制度");
        assertThat(page.locator("#outcome-form")).hasCount(0);

        // the panel's own address, opened on its own (a shared link), leads to the whole page, not a bare fragment
        page.navigate(problemUrl + "/outcomes");
        assertThat(page).hasURL(problemUrl + "#outcomes");
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("#outcomes")).containsText("区科协新闻发言人制度");
    }
}
