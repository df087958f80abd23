package rectify.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import rectify.inspection.WarningLevel;
import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.Scope;
import rectify.org.UserAccount;

/**
 * Who hears of an item at a warning level (domain.md): REMIND the responsible people (the unit's coordinators when
 * nobody is named), WARN also the responsible leader, OVERDUE also the unit's principal and the inspection office
 * (for problems and supervision orders; an overdue measure stops at the unit's principal).
 * Everyone named is then checked against their own data scope and dropped if the item lies outside it, or if they
 * are disabled or hold no business role. Built once per run; knows the people of the run's units.
 */
final class Recipients {

    private record Person(long id, long unitId, String unitPath, Set<Role> roles) {
    }

    private record PersonRole(long id, long unitId, String path, Role role) {
    }

    private final Map<Long, Person> people = new HashMap<>();
    private final Map<Long, OrgUnit> units;
    private final Map<Long, Scope> scopes = new HashMap<>();
    private final Map<Long, UserAccount> accounts = new HashMap<>();
    private final Map<Holders, List<Long>> holders = new HashMap<>();
    private final Accounts accountService;
    private final DataScope dataScope;

    Recipients(JdbcClient jdbc, Accounts accounts, DataScope dataScope, OrgUnits orgUnits, Collection<Long> unitIds) {
        this.accountService = accounts;
        this.dataScope = dataScope;
        this.units = orgUnits.byIds(unitIds);
        jdbc.sql("""
                        select u.id, u.org_unit_id, o.path, r.role from app_user u join app_user_role r on r.user_id = u.id
                        join org_unit o on o.id = u.org_unit_id where u.enabled = true""")
                .query((rs, n) -> new PersonRole(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getString("path"),
                        Role.valueOf(rs.getString("role"))))
                .list()
                .forEach(r -> people.computeIfAbsent(r.id(), id -> new Person(id, r.unitId(), r.path(),
                        java.util.EnumSet.noneOf(Role.class))).roles().add(r.role()));
    }

    /** The people who hear of the item at this level, each allowed to see it. */
    Set<Long> of(DueItem item, WarningLevel level) {
        Set<Long> named = new LinkedHashSet<>(item.people());
        if (named.isEmpty()) {
            named.addAll(withRole(Role.UNIT_COORDINATOR, item.unitPath(), false));
        }
        if (level == WarningLevel.WARN || level == WarningLevel.OVERDUE) {
            if (item.leader() != null) {
                named.add(item.leader());
            }
            if (item.kind() == DueItem.Kind.ORDER) {
                named.addAll(principals(item));
            }
        }
        if (level == WarningLevel.OVERDUE) {
            named.addAll(principals(item));
            if (item.issuer() != null) {
                named.add(item.issuer());
            }
            // the office follows problems and its own orders; a unit's measures and standing duties are its own to mind
            if (item.kind() != DueItem.Kind.MEASURE && item.kind() != DueItem.Kind.DUTY) {
                named.addAll(withRole(Role.INSPECTION_OFFICE, null, false));
            }
        }
        named.removeIf(id -> !mayHear(id, item.unitId()));
        return named;
    }

    /** The unit's principals: its leaders sitting in the unit itself, else any leader within it. */
    private List<Long> principals(DueItem item) {
        List<Long> own = withRole(Role.UNIT_LEADER, item.unitPath(), true);
        return own.isEmpty() ? withRole(Role.UNIT_LEADER, item.unitPath(), false) : own;
    }

    private record Holders(Role role, String unitPath, boolean exactUnit) {
    }

    /** Asked for every item of the run (hundreds of thousands) about a few hundred units: each answer worked out once. */
    private List<Long> withRole(Role role, String unitPath, boolean exactUnit) {
        return holders.computeIfAbsent(new Holders(role, unitPath, exactUnit), this::holdersOf);
    }

    private List<Long> holdersOf(Holders wanted) {
        List<Long> found = new ArrayList<>();
        for (Person p : people.values()) {
            if (p.roles().contains(wanted.role()) && (wanted.unitPath() == null || (wanted.exactUnit()
                    ? p.unitPath().equals(wanted.unitPath()) : p.unitPath().startsWith(wanted.unitPath())))) {
                found.add(p.id());
            }
        }
        found.sort(Long::compare);
        return List.copyOf(found);
    }

    private boolean mayHear(long userId, long unitId) {
        Person person = people.get(userId);
        if (person == null) {
            return false;
        }
        return scopes.computeIfAbsent(userId, id -> dataScope.businessScopeOf(principal(id))).covers(units.get(unitId));
    }

    /** The people with a reviewer's role: those whose inbox the digest also lists. */
    List<Long> reviewers() {
        List<Long> ids = new ArrayList<>(withRole(Role.INSPECTION_OFFICE, null, false));
        withRole(Role.UNIT_LEADER, null, false).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    CurrentUser principal(long userId) {
        return accountService.principalOf(account(userId));
    }

    UserAccount account(long userId) {
        return accounts.computeIfAbsent(userId, accountService::get);
    }
}
