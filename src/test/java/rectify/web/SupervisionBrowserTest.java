package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;

/**
 * Supervision as people use it: the office's dashboard and its links into the ledger, issuing a supervision order,
 * the unit hearing of it at the bell and answering, the administrator running today's reminders, each role's
 * dashboard.
 */
class SupervisionBrowserTest extends BrowserTest {

    @Test
    void theOfficeDashboardLinksEveryFigureToTheLedger() {
        signIn(INSPECTION_OFFICE);
        page.click("#menu-dashboard");
        assertThat(page.locator("#page-title")).hasText("统计看板");
        assertThat(page.locator("#progress-chart canvas")).hasCount(1);
        assertThat(page.locator("#week-chart canvas")).hasCount(1);
        assertThat(page.locator("#row-table tbody tr.stat-row")).not().hasCount(0);
        screenshot("dashboard-office");

        String overdue = page.locator("#stat-overdue .stat-value").textContent().strip();
        page.click("#stat-overdue");
        assertThat(page.locator("#page-title")).hasText("问题台账");
        assertThat(page.locator("#slice-note")).containsText("所选轮次");
        assertThat(page.locator(".card-footer .text-muted").first()).hasText("共 " + overdue + " 条");
        screenshot("dashboard-ledger-overdue");

        page.navigate(url("/dashboard"));
        page.selectOption("#f-round", new com.microsoft.playwright.options.SelectOption().setLabel("十三届区委第二轮巡察"));
        page.waitForURL(u -> u.contains("roundId="));
        assertThat(page.locator("#stat-completion .stat-value")).hasText("100%");
        assertThat(page.locator("#row-table")).containsText("石龙区科学技术协会");

        com.microsoft.playwright.Response bad = page.navigate(url("/ledger?closedFrom=2026-13-45"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(page.locator("body")).containsText("销号日期（起）");
        assertThat(page.locator("body")).containsText("应为：2022-09-29");
    }

    @Test
    void theOfficeChoosesProblemsOnTheLedgerAndSupervisesThemInOneOrder() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?reset=true"));
        page.navigate(url("/ledger?warning=OVERDUE&q=" + java.net.URLEncoder.encode("学校", java.nio.charset.StandardCharsets.UTF_8)));
        var rows = page.locator("#ledger-table tbody tr:has(input[name=problemIds])");
        org.assertj.core.api.Assertions.assertThat(rows.count()).isGreaterThanOrEqualTo(2);
        String first = rows.nth(0).locator("input[name=problemIds]").getAttribute("value");
        String second = rows.nth(1).locator("input[name=problemIds]").getAttribute("value");
        rows.nth(0).locator("input[name=problemIds]").check();
        rows.nth(1).locator("input[name=problemIds]").check();
        page.click("#bulk-supervise-submit");
        assertThat(page.locator("#p-" + first)).isChecked();
        assertThat(page.locator("#p-" + second)).isChecked();
        assertThat(page.locator("#f-unit option:checked")).containsText("教育体育局");
        screenshot("bulk-supervise");

        // problems of two units need two orders
        page.navigate(url("/ledger?warning=OVERDUE"));
        page.locator("#ledger-table tbody tr:has-text('教育体育局') input[name=problemIds]").first().check();
        page.locator("#ledger-table tbody tr:has-text('科学技术协会') input[name=problemIds]").first().check();
        page.click("#bulk-supervise-submit");
        assertThat(page.locator("body")).containsText("分属2个单位");
    }

    @Test
    void theOfficeIssuesAnOrderAndTheUnitHearsOfItAndReplies() {
        signIn(INSPECTION_OFFICE);
        page.click("#menu-supervision");
        page.click("#order-new");
        page.selectOption("#f-unit", new com.microsoft.playwright.options.SelectOption().setLabel("石龙区教育体育局"));
        page.waitForURL(u -> u.contains("unitId="));
        page.locator("#problem-choices input[type=checkbox]").first().check();
        page.fill("#f-content", "请针对校园安全隐患问题加快整改进度，逐项明确完成时限，并于规定时间内书面报送整改落实情况。");
        page.selectOption("#f-urgency", "LISTED");
        screenshot("supervision-order-new");
        page.click("#order-issue");
        assertThat(page.locator("#flash-success")).containsText("已下发");
        assertThat(page.locator("#order-status")).hasText("待回复");
        String number = page.locator("#page-title span").first().textContent().strip();
        screenshot("supervision-order");
        page.locator("#order-content ~ dd a").first().click();
        assertThat(page.locator("#problem-orders")).containsText(number);
        assertThat(page.locator("#problem-supervise")).isVisible();
        screenshot("problem-with-order");
        signOut();

        signIn(EDUCATION_COORDINATOR);
        assertThat(page.locator("#notification-unread")).isVisible();
        page.click("#notification-bell");
        assertThat(page.locator("#notification-list")).containsText(number);
        screenshot("notifications-order");
        page.locator("#notification-list .notification", new Page.LocatorOptions().setHasText(number))
                .locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("查看")).click();
        assertThat(page.locator("#page-title")).containsText(number);
        page.fill("#f-reply", "已召开专题会议部署整改，消防设施更换已完成招标，监控盲区本月底前全部补齐。");
        page.click("#reply-submit");
        assertThat(page.locator("#flash-success")).containsText("回复已提交");
        assertThat(page.locator("#order-status")).hasText("已回复");
        assertThat(page.locator("#order-reply")).containsText("监控盲区");
        screenshot("supervision-order-replied");

        signOut();
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/supervision-orders"));
        assertThat(page.locator("#order-table")).not().containsText(number);
    }

    @Test
    void theAdministratorRunsTodaysRemindersAndPeopleFindTheirDigest() {
        signIn(SYSTEM_ADMIN);
        page.click("#menu-jobs");
        page.onDialog(dialog -> dialog.accept());
        page.click("#run-reminders");
        assertThat(page.locator("#flash-success")).containsText("提醒");
        assertThat(page.locator("#run-table tbody tr").first()).containsText("已完成");
        screenshot("admin-jobs");
        page.click("#run-reminders");
        assertThat(page.locator("#flash-success")).containsText("已经执行过");
        signOut();

        signIn(INSPECTION_OFFICE);
        page.click("#notification-bell");
        assertThat(page.locator("#notification-list .digest-items").first()).isVisible();
        assertThat(page.locator("#notification-list .notification-title").first()).containsText("整改提醒");
        screenshot("notifications-digest");
        page.click("#read-all");
        assertThat(page.locator("#notification-unread")).hasCount(0);

        // a responsible person reads the digest on a phone
        com.microsoft.playwright.BrowserContext phone = newContext(390, 844);
        Page small = phone.newPage();
        signIn(small, "jt.qian", PASSWORD);
        small.navigate(url("/notifications"));
        assertThat(small.locator("#notification-list .notification-title").first()).containsText("整改提醒");
        screenshot(small, "phone-notifications");
        phone.close();
    }

    @Test
    void eachRoleSeesItsOwnDashboard() {
        signIn(KEXIE_LEADER);
        page.navigate(url("/dashboard"));
        assertThat(page.locator("#people-table")).isVisible();
        assertThat(page.locator("#rankings")).hasCount(0);
        screenshot("dashboard-unit");
        signOut();

        signIn("jt.qian");
        page.navigate(url("/dashboard"));
        assertThat(page.locator("#mine")).isVisible();
        assertThat(page.locator("#row-table")).hasCount(0);
        String overdue = page.locator("#mine-overdue .stat-value").textContent().strip();
        page.click("#mine-overdue");
        assertThat(page.locator(".card-footer .text-muted").first()).hasText("共 " + overdue + " 条");
        page.navigate(url("/dashboard"));
        screenshot("dashboard-person");
        signOut();

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/dashboard?lang=en"));
        assertThat(page.locator("#page-title")).hasText("Dashboard");
        assertThat(page.locator("#stat-overdue")).containsText("Overdue");
        screenshot("dashboard-office-en");
        page.navigate(url("/notifications?lang=zh_CN"));
    }
}
