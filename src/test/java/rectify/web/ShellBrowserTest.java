package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;

/** What each demo role sees in the app shell, and the sign-in, scope and error behaviour of the pages. */
class ShellBrowserTest extends BrowserTest {

    @Test
    void loginPageIsChineseAndSaysWhyASignInFailed() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("#login-submit")).hasText("登　录");
        screenshot("login");
        page.fill("#username", KEXIE_COORDINATOR);
        page.fill("#password", "wrong-password");
        page.click("#login-submit");
        assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
        screenshot("login-failed");
    }

    @Test
    void inspectionOfficeSeesTheOrgTreeButNoAdministration() {
        signIn(INSPECTION_OFFICE);
        assertThat(page.locator("#current-user-name")).hasText("刘建国");
        assertThat(page.locator("#current-user-unit")).hasText("中共石龙区委巡察工作领导小组办公室");
        assertThat(page.locator("#home-roles")).containsText("巡察办");
        assertThat(page.locator("#home-scope")).containsText("中共石龙区委员会及其下属机构");
        assertThat(page.locator("#menu-org-units")).isVisible();
        assertThat(page.locator("#menu-users")).hasCount(0);
        assertThat(page.locator("#menu-audit")).hasCount(0);
        screenshot("home-inspection-office");
    }

    @Test
    void unitStaffSeeOnlyTheirUnit() {
        signIn(KEXIE_COORDINATOR);
        assertThat(page.locator("#home-scope")).containsText("石龙区科学技术协会及其下属机构");
        page.click("#menu-org-units");
        assertThat(page.locator("#org-tree")).containsText("区科协科普部");
        assertThat(page.locator("#org-tree")).not().containsText("石龙区教育体育局");
        assertThat(page.locator("#org-new-form")).hasCount(0);
        screenshot("org-units-coordinator");

        Page denied = page;
        denied.navigate(url("/admin/users"));
        assertThat(denied.locator("#error-title")).hasText("无权访问");
        assertThat(denied.content()).doesNotContain("Exception").doesNotContain("at org.");
        screenshot("error-403");
    }

    @Test
    void eachAdministratorSeesOnlyTheirOwnDuty() {
        signIn(SYSTEM_ADMIN);
        assertThat(page.locator("#menu-users")).hasText("用户管理");
        assertThat(page.locator("#menu-audit")).hasCount(0);
        assertThat(page.locator("#current-user-unit")).hasText("系统管理账号");
        screenshot("home-system-admin");
        signOut();

        signIn(SECURITY_ADMIN);
        assertThat(page.locator("#menu-users")).hasText("角色授权");
        assertThat(page.locator("#menu-audit")).hasCount(0);
        signOut();

        signIn(AUDIT_ADMIN);
        assertThat(page.locator("#menu-audit")).isVisible();
        assertThat(page.locator("#menu-org-units")).hasCount(0);
        assertThat(page.locator("#menu-users")).hasCount(0);
        page.click("#menu-audit");
        page.selectOption("#action", "SIGN_IN");
        page.click("#audit-filter button[type=submit]");
        assertThat(page.locator("#audit-table tbody")).containsText(AUDIT_ADMIN);
        assertThat(page.locator("#audit-table tbody")).containsText("登录成功");
        screenshot("audit-log");
    }

    @Test
    void responsibleLeaderAndOversightHaveTheirScopes() {
        signIn(KEXIE_RESPONSIBLE);
        assertThat(page.locator("#current-user-unit")).hasText("区科协科普部");
        assertThat(page.locator("#home-scope")).containsText("石龙区科学技术协会及其下属机构");
        signOut();
        signIn(KEXIE_LEADER);
        assertThat(page.locator("#home-roles")).containsText("单位领导");
        signOut();
        signIn(OVERSIGHT);
        assertThat(page.locator("#home-roles")).containsText("监督");
        assertThat(page.locator("#home-scope")).containsText("中共石龙区委员会及其下属机构");
    }

    @Test
    void accountCreatedByTheAdministratorMustChangeItsPasswordFirst() {
        signIn(SYSTEM_ADMIN);
        page.click("#menu-users");
        page.click("#user-new");
        page.fill("#username", "page.new");
        page.fill("#displayName", "钱新");
        page.selectOption("#orgUnitId", new com.microsoft.playwright.options.SelectOption().setLabel("　石龙区卫生健康委员会"));
        page.click("#user-create");
        assertThat(page.locator("#flash-success")).containsText("已创建用户 page.new");
        String initial = page.locator("#issued-password-value").textContent().strip();
        assertThat(initial).hasSizeGreaterThanOrEqualTo(10);
        screenshot("user-created");
        signOut();

        signIn(SECURITY_ADMIN);
        page.navigate(url("/admin/users?q=page.new"));
        page.click("#user-page\\.new a");
        page.check("#role-UNIT_COORDINATOR");
        page.check("#role-SYSTEM_ADMIN");
        page.click("#roles-save");
        assertThat(page.locator("#flash-error")).containsText("业务角色");
        // the refused choice comes back as it was made
        assertThat(page.locator("#role-SYSTEM_ADMIN")).isChecked();
        page.uncheck("#role-SYSTEM_ADMIN");
        page.check("#role-UNIT_COORDINATOR");
        page.click("#roles-save");
        assertThat(page.locator("#flash-success")).containsText("已保存角色");
        screenshot("user-roles");
        signOut();

        signIn(page, "page.new", initial);
        assertThat(page).hasURL(url("/me/password"));
        assertThat(page.locator("#must-change")).isVisible();
        page.navigate(url("/org-units"));
        assertThat(page).hasURL(url("/me/password"));
        page.fill("#oldPassword", initial);
        page.fill("#newPassword", "weak");
        page.fill("#confirmPassword", "weak");
        page.click("#password-submit");
        assertThat(page.locator("#flash-error")).containsText("至少 10 位");
        page.fill("#oldPassword", initial);
        page.fill("#newPassword", "Qian-Xin-2026");
        page.fill("#confirmPassword", "Qian-Xin-2026");
        page.click("#password-submit");
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("#flash-success")).containsText("密码已修改");
        assertThat(page.locator("#home-roles")).containsText("整改办联络员");
    }

    @Test
    void aStaleEditIsRefusedWithAClearSentence() {
        signIn(SYSTEM_ADMIN);
        page.navigate(url("/org-units"));
        page.locator("#unit-" + unitRowId("石龙区市场监督管理局") + " a").click();
        BrowserContext other = newContext(1366, 860);
        Page second = other.newPage();
        signIn(second, SYSTEM_ADMIN, PASSWORD);
        second.navigate(page.url());

        page.fill("#org-edit-form input[name=shortName]", "市场监管局");
        page.click("#org-edit-form button[type=submit]");
        assertThat(page.locator("#flash-success")).isVisible();

        second.fill("#org-edit-form input[name=shortName]", "市监局");
        second.click("#org-edit-form button[type=submit]");
        assertThat(second.locator("#flash-error")).containsText("已被他人修改");
        screenshot(second, "stale-edit");
        other.close();
        page.navigate(url("/org-units"));
        assertThat(page.locator("#org-tree")).containsText("市场监管局");
        assertThat(page.locator("#org-tree")).not().containsText("市监局");
    }

    private String unitRowId(String name) {
        return page.locator("#org-tree tr", new Page.LocatorOptions().setHasText(name)).first()
                .getAttribute("id").substring("unit-".length());
    }

    @Test
    void englishIsOneClickAway() {
        signIn(INSPECTION_OFFICE);
        page.click("#lang-switch");
        assertThat(page.locator("#menu-home")).containsText("Home");
        assertThat(page.locator("#home-roles")).containsText("Inspection office");
        screenshot("home-english");
        page.click("#lang-switch");
        assertThat(page.locator("#menu-home")).containsText("工作台");
    }

    @Test
    void unknownPageIsAFriendly404() {
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/no-such-page"));
        assertThat(page.locator("#error-title")).hasText("页面不存在");
        assertThat(page.content()).doesNotContain("Whitelabel").doesNotContain("Exception");
        screenshot("error-404");
    }

    @Test
    void anUnexpectedFailureShowsAFriendlyPageWithoutInternals() {
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/test/unexpected-failure"));
        assertThat(page.locator("#error-title")).hasText("系统出错了");
        assertThat(page.content()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
        screenshot("error-500");

        rectify.support.ApiClient api = rectify.support.ApiClient.anonymous(port).signIn(KEXIE_COORDINATOR, PASSWORD);
        rectify.support.ApiClient.Response failed = api.get("/api/v1/test/unexpected-failure");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.message()).isEqualTo("系统内部错误，操作未完成，请稍后再试。如果问题持续，请联系系统管理员。");
        assertThat(failed.body()).doesNotContain("secret internal detail");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        signIn(SYSTEM_ADMIN);
        Object status = page.evaluate("""
                () => fetch('/org-units', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                      body: 'name=CSRF%E6%B5%8B%E8%AF%95&kind=UNIT&seq=0', redirect: 'manual'}).then(r => r.status)""");
        assertThat(status).isEqualTo(403);
        page.navigate(url("/org-units"));
        assertThat(page.locator("#org-tree")).not().containsText("CSRF测试");
    }

    @Test
    void anotherUnitsCoordinatorSeesNothingOfTheScienceAssociation() {
        signIn(EDUCATION_COORDINATOR);
        assertThat(page.locator("#home-scope")).containsText("石龙区教育体育局及其下属机构");
        page.click("#menu-org-units");
        assertThat(page.locator("#org-tree")).containsText("区教体局基础教育股");
        assertThat(page.locator("#org-tree")).not().containsText("科学技术协会");
    }

    @Test
    void theShellWorksOnAPhone() {
        BrowserContext phone = newContext(390, 844);
        Page small = phone.newPage();
        signIn(small, KEXIE_RESPONSIBLE, PASSWORD);
        assertThat(small.locator("#menu-org-units")).not().isVisible();
        screenshot(small, "phone-home");
        small.click("button[aria-controls=app-menu]");
        small.waitForSelector("#app-menu.show:not(.showing)");
        assertThat(small.locator("#menu-org-units")).isVisible();
        assertThat(small.locator("#menu-org-units")).isInViewport();
        screenshot(small, "phone-menu");
        phone.close();
    }
}
