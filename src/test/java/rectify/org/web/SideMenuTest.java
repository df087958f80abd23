package rectify.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import rectify.org.Role;

/** The side menu as SideMenu writes it: which entries each role sees, which one is the page's, the unread count. */
class SideMenuTest {

    private static final SideMenu.Words WORDS = key -> "[" + key + "]";

    private static Set<Role> user(Role... roles) {
        return Set.of(roles);
    }

    private static String html(Set<Role> user, String contextPath, String uri, Long unread) {
        return new SideMenu(user, contextPath, uri, WORDS).html(unread);
    }

    /** The ids of the entries written. */
    private static List<String> entries(String html) {
        return idsAfter("id=\"", html);
    }

    /** The ids of the entries marked as the page's. */
    private static List<String> active(String html) {
        return idsAfter("class=\"nav-link active\" id=\"", html);
    }

    private static List<String> idsAfter(String markup, String html) {
        Matcher m = Pattern.compile(Pattern.quote(markup) + "(menu-[a-z-]+)\"").matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void eachRoleSeesItsOwnEntries() {
        List<String> me = List.of("menu-notifications", "menu-password", "menu-tokens");
        List<String> business = List.of("menu-home", "menu-dashboard", "menu-my-tasks", "menu-supervision",
                "menu-ledger", "menu-inspections", "menu-search", "menu-org-units");
        assertThat(entries(html(user(Role.INSPECTION_OFFICE), "", "/", null)))
                .containsExactlyElementsOf(concat(List.of("menu-home", "menu-dashboard", "menu-my-tasks", "menu-reviews",
                        "menu-supervision", "menu-ledger", "menu-inspections", "menu-search", "menu-org-units"), me));
        assertThat(entries(html(user(Role.UNIT_LEADER), "", "/", null))).contains("menu-reviews");
        assertThat(entries(html(user(Role.UNIT_COORDINATOR), "", "/", null))).containsExactlyElementsOf(concat(business, me));
        assertThat(entries(html(user(Role.RESPONSIBLE), "", "/", null))).containsExactlyElementsOf(concat(business, me));
        assertThat(entries(html(user(Role.SYSTEM_ADMIN), "", "/", null)))
                .containsExactlyElementsOf(concat(List.of("menu-home", "menu-org-units", "menu-users", "menu-jobs"), me));
        assertThat(entries(html(user(Role.SECURITY_ADMIN), "", "/", null)))
                .containsExactlyElementsOf(concat(List.of("menu-home", "menu-org-units", "menu-users"), me));
        assertThat(entries(html(user(Role.AUDIT_ADMIN), "", "/", null)))
                .containsExactlyElementsOf(concat(List.of("menu-home", "menu-audit"), me));
    }

    @Test
    void headingsStandOnlyOverEntriesTheReaderSees() {
        String office = html(user(Role.INSPECTION_OFFICE), "", "/", null);
        assertThat(office).contains("<li class=\"app-menu-group\">[menu.group.rectification]</li>",
                "[menu.group.org]", "[menu.group.me]").doesNotContain("[menu.group.audit]");
        String audit = html(user(Role.AUDIT_ADMIN), "", "/", null);
        assertThat(audit).contains("[menu.group.audit]", "[menu.group.me]")
                .doesNotContain("[menu.group.rectification]", "[menu.group.org]");
    }

    @Test
    void theAccountsEntryIsNamedByTheAdministratorWhoOpensIt() {
        assertThat(html(user(Role.SYSTEM_ADMIN), "", "/", null)).contains("<span>[menu.users]</span>")
                .doesNotContain("[menu.roles]");
        assertThat(html(user(Role.SECURITY_ADMIN), "", "/", null)).contains("<span>[menu.roles]</span>")
                .doesNotContain("[menu.users]");
    }

    @Test
    void theEntryOfThePageShownIsMarkedAndOnlyThatOne() {
        Set<Role> office = user(Role.INSPECTION_OFFICE);
        assertThat(active(html(office, "", "/", null))).containsExactly("menu-home");
        assertThat(active(html(office, "", "/ledger", null))).containsExactly("menu-ledger");
        assertThat(active(html(office, "", "/problems/12", null))).containsExactly("menu-ledger");
        assertThat(active(html(office, "", "/measures/5", null))).containsExactly("menu-my-tasks");
        assertThat(active(html(office, "", "/inspections/3/report", null))).containsExactly("menu-inspections");
        assertThat(active(html(office, "", "/me/password", null))).containsExactly("menu-password");
        assertThat(active(html(office, "", "/me/password/extra", null))).isEmpty();
        assertThat(active(html(office, "", "/notifications", null))).containsExactly("menu-notifications");
    }

    @Test
    void underAContextPathTheAddressesCarryItAndThePageIsStillFound() {
        String html = html(user(Role.INSPECTION_OFFICE), "/rectify", "/rectify/ledger", null);
        assertThat(html).contains("href=\"/rectify/ledger\"", "href=\"/rectify/\"", "href=\"/rectify/me/tokens\"");
        assertThat(active(html)).containsExactly("menu-ledger");
        assertThat(active(html(user(Role.INSPECTION_OFFICE), "/rectify", "/rectify/", null))).containsExactly("menu-home");
    }

    @Test
    void theNotificationsEntryShowsHowManyAreUnreadAndNothingWhenNone() {
        Set<Role> office = user(Role.INSPECTION_OFFICE);
        assertThat(html(office, "", "/", 3L)).contains(
                "<span>[menu.notifications]</span>\n    <span class=\"badge rounded-pill text-bg-danger ms-auto\">3</span></a>");
        assertThat(html(office, "", "/", 0L)).doesNotContain("badge");
        assertThat(html(office, "", "/", null)).doesNotContain("badge");
    }

    @Test
    void wordsAreWrittenAsText() {
        String html = new SideMenu(user(Role.INSPECTION_OFFICE), "", "/", key -> "<b>\"词\" & 语</b>").html(null);
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;&quot;词&quot; &amp; 语&lt;/b&gt;");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
