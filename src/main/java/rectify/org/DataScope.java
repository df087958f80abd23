package rectify.org;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.shared.BusinessException;

/**
 * The one place that says which part of the org tree a person may read and write. Every module asks it; none
 * filters by unit on its own.
 * <ul>
 * <li>Business data: the inspection office and oversight see the subtree of the committee their unit belongs to;
 * everyone else sees the subtree of their own unit (a department's people see their whole unit).</li>
 * <li>Org administration (tree and accounts): the system and security administrators see everything.</li>
 * <li>The three administrators see no business data through those roles (三员分立).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class DataScope {

    private final OrgUnitRepository units;
    private final JdbcClient jdbc;

    DataScope(OrgUnitRepository units, JdbcClient jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    /**
     * The scope of the current request's user over business data (inspections, problems, evidence). Worked out once
     * per request, or per transaction outside one: an import or a page checks it for every row it touches.
     */
    public Scope current() {
        CurrentUser user = CurrentUser.find().orElse(null);
        return user == null ? Scope.none() : businessScopeOf(user);
    }

    /** A user's scope over business data: worked out once per request, or per transaction outside one. */
    public Scope businessScopeOf(CurrentUser user) {
        // the unit and roles are part of the key: a request that moves someone asks about them as they are now
        String key = "rectify.scope." + user.id() + "." + user.orgUnitId() + "." + user.roles();
        // a page asks in several transactions (its rows, its counts, its filters): once per request is enough
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Object known = request.getAttribute(key, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
            if (known instanceof Scope scope) {
                return scope;
            }
            Scope scope = workedOut(user);
            request.setAttribute(key, scope, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
            return scope;
        }
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            return workedOut(user);
        }
        Object cached = org.springframework.transaction.support.TransactionSynchronizationManager.getResource(key);
        if (cached instanceof Scope scope) {
            return scope;
        }
        Scope scope = workedOut(user);
        org.springframework.transaction.support.TransactionSynchronizationManager.bindResource(key, scope);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        org.springframework.transaction.support.TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    }
                });
        return scope;
    }

    private Scope workedOut(CurrentUser user) {
        if (user.orgUnitId() == null) {
            return Scope.none();
        }
        if (user.hasAny(Role.INSPECTION_OFFICE, Role.OVERSIGHT)) {
            return enclosing(user.orgUnitId(), kind -> kind == OrgUnitKind.COMMITTEE);
        }
        if (user.hasAny(Role.UNIT_COORDINATOR, Role.UNIT_LEADER, Role.RESPONSIBLE)) {
            return enclosing(user.orgUnitId(), kind -> kind != OrgUnitKind.DEPARTMENT);
        }
        return Scope.none();
    }

    /** The scope over the org tree itself: administrators manage all of it, others read their business scope. */
    public Scope orgScopeOf(CurrentUser user) {
        if (user.hasAny(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)) {
            return Scope.all();
        }
        return businessScopeOf(user);
    }

    /** The unit, if the current user's business scope covers it; otherwise 404, as if it did not exist. */
    public OrgUnit requireVisibleUnit(long unitId) {
        OrgUnit unit = units.findById(unitId).orElseThrow(BusinessException::notFound);
        if (!current().covers(unit)) {
            throw BusinessException.notFound();
        }
        return unit;
    }

    /**
     * The subtree of the nearest unit above (or at) the user's unit that is of the kind asked for; the user's own unit
     * when none is. One read of the chain of units, by path, with whether its top is the tree's only top-level unit:
     * every request that touches business data asks it.
     */
    private Scope enclosing(long unitId, Predicate<OrgUnitKind> isRootKind) {
        record Link(long id, OrgUnitKind kind, String path, boolean onlyTop) {
        }
        List<Link> chain = jdbc.sql("""
                select o.id, o.kind, o.path, (o.parent_id is null and not exists
                       (select 1 from org_unit x where x.parent_id is null and x.id <> o.id)) as only_top
                from org_unit o, org_unit own where own.id = :unit and own.path like concat(o.path, '%')
                order by length(o.path) desc""")
                .param("unit", unitId)
                .query((rs, n) -> new Link(rs.getLong("id"), OrgUnitKind.valueOf(rs.getString("kind")),
                        rs.getString("path"), rs.getBoolean("only_top")))
                .list();
        if (chain.isEmpty()) {
            return Scope.none();
        }
        Link root = chain.stream().filter(link -> isRootKind.test(link.kind())).findFirst().orElse(chain.get(0));
        Supplier<Optional<OrgUnit>> unit = () -> units.findById(root.id());
        return root.onlyTop() ? Scope.wholeTree(root.path(), unit) : Scope.subtree(root.path(), unit);
    }
}
