package rectify.org.web;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.web.util.HtmlUtils;

import rectify.org.Role;

/**
 * The side menu of every page: which entries a person's roles open, which one the page belongs to, and the entries
 * written as HTML. Written here rather than by sixteen fragment insertions in the layout, which cost a tenth of the
 * ledger page's rendering (decision 0018); the markup is the one the layout wrote.
 */
public final class SideMenu {

    /** The page's words in the reader's language, by message key. */
    interface Words {
        String of(String key);
    }

    /** A heading over the entries after it, or an entry: a page of the system and the addresses that belong to it. */
    private record Line(String id, String path, String icon, String labelKey, Predicate<Set<Role>> shownTo,
                        Predicate<String> belongs) {

        boolean heading() {
            return path == null;
        }
    }

    private static final Predicate<Set<Role>> EVERYONE = roles -> true;
    private static final Predicate<Set<Role>> BUSINESS = roles -> roles.stream().anyMatch(r -> !r.isAdministrator());
    private static final Predicate<Set<Role>> NOT_AUDIT = roles -> !roles.contains(Role.AUDIT_ADMIN);
    private static final Predicate<Set<Role>> AUDIT = roles -> roles.contains(Role.AUDIT_ADMIN);

    /** The menu in its order; the entry for accounts is named by the administrator who opens it. */
    private static final List<Line> LINES = List.of(
            entry("menu-home", "/", "bi-house-door", "menu.home", EVERYONE, exactly("/")),
            heading("menu.group.rectification", BUSINESS),
            entry("menu-dashboard", "/dashboard", "bi-bar-chart-line", "menu.dashboard", BUSINESS, under("/dashboard")),
            entry("menu-my-tasks", "/my-tasks", "bi-list-check", "menu.myTasks", BUSINESS,
                    under("/my-tasks").or(under("/measures"))),
            entry("menu-reviews", "/reviews", "bi-inboxes", "menu.reviews",
                    BUSINESS.and(roles -> roles.contains(Role.INSPECTION_OFFICE) || roles.contains(Role.UNIT_LEADER)), under("/reviews")),
            entry("menu-supervision", "/supervision-orders", "bi-megaphone", "menu.supervision", BUSINESS,
                    under("/supervision-orders")),
            entry("menu-ledger", "/ledger", "bi-table", "menu.ledger", BUSINESS, under("/ledger").or(under("/problems"))),
            entry("menu-inspections", "/inspections", "bi-clipboard-check", "menu.inspections", BUSINESS,
                    under("/inspections")),
            entry("menu-search", "/search", "bi-search", "menu.search", BUSINESS, under("/search")),
            heading("menu.group.org", NOT_AUDIT),
            entry("menu-org-units", "/org-units", "bi-diagram-3", "menu.orgUnits", NOT_AUDIT, under("/org-units")),
            entry("menu-users", "/admin/users", "bi-people", "menu.users",
                    roles -> roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.SECURITY_ADMIN), under("/admin/users")),
            entry("menu-jobs", "/admin/jobs", "bi-alarm", "menu.jobs", roles -> roles.contains(Role.SYSTEM_ADMIN),
                    under("/admin/jobs")),
            heading("menu.group.audit", AUDIT),
            entry("menu-audit", "/audit", "bi-journal-text", "menu.audit", AUDIT, under("/audit")),
            heading("menu.group.me", EVERYONE),
            entry("menu-notifications", "/notifications", "bi-bell", "menu.notifications", EVERYONE,
                    under("/notifications")),
            entry("menu-password", "/me/password", "bi-key", "menu.password", EVERYONE, exactly("/me/password")),
            entry("menu-tokens", "/me/tokens", "bi-braces", "menu.tokens", EVERYONE, exactly("/me/tokens")));

    private final Set<Role> roles;
    private final String contextPath;
    private final String path;
    private final Words words;

    /**
     * @param roles the roles of the person signed in
     * @param contextPath where the application is served ("" at the root)
     * @param requestUri the address of the page being shown, with the context path
     */
    SideMenu(Set<Role> roles, String contextPath, String requestUri, Words words) {
        this.roles = roles;
        this.contextPath = contextPath;
        this.path = requestUri.startsWith(contextPath) ? requestUri.substring(contextPath.length()) : requestUri;
        this.words = words;
    }

    /** The menu's entries as list items; the notifications entry shows how many are unread (none when null or 0). */
    public String html(Long unreadNotifications) {
        StringBuilder html = new StringBuilder(4096);
        for (Line line : LINES) {
            if (!line.shownTo().test(roles)) {
                continue;
            }
            if (line.heading()) {
                html.append("<li class=\"app-menu-group\">").append(escape(words.of(line.labelKey()))).append("</li>\n");
                continue;
            }
            html.append("<li class=\"nav-item\">\n  <a class=\"nav-link").append(line.belongs().test(path) ? " active" : "")
                    .append("\" id=\"").append(line.id()).append("\" href=\"").append(escape(contextPath + line.path()))
                    .append("\">\n    <i class=\"bi ").append(line.icon()).append("\"></i><span>")
                    .append(escape(words.of(labelKeyOf(line)))).append("</span>");
            if (line.id().equals("menu-notifications") && unreadNotifications != null && unreadNotifications > 0) {
                html.append("\n    <span class=\"badge rounded-pill text-bg-danger ms-auto\">").append(unreadNotifications)
                        .append("</span>");
            }
            html.append("</a>\n</li>\n");
        }
        return html.toString();
    }

    /** The security administrator grants roles from the same page the system administrator keeps accounts on. */
    private String labelKeyOf(Line line) {
        return line.id().equals("menu-users") && roles.contains(Role.SECURITY_ADMIN) ? "menu.roles" : line.labelKey();
    }

    private static Line entry(String id, String path, String icon, String labelKey, Predicate<Set<Role>> shownTo,
                              Predicate<String> belongs) {
        return new Line(id, path, icon, labelKey, shownTo, belongs);
    }

    private static Line heading(String labelKey, Predicate<Set<Role>> shownTo) {
        return new Line(null, null, null, labelKey, shownTo, p -> false);
    }

    private static Predicate<String> exactly(String path) {
        return path::equals;
    }

    private static Predicate<String> under(String prefix) {
        return p -> p.startsWith(prefix);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
