package rectify.org;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/** The org tree: read within the caller's scope, changed by the system administrator. */
@Service
@Transactional
public class OrgUnits {

    static final String ENTITY = "OrgUnit";

    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final DataScope dataScope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    OrgUnits(OrgUnitRepository units, UserAccountRepository users, DataScope dataScope,
             ApplicationEventPublisher events, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.units = units;
        this.users = users;
        this.dataScope = dataScope;
        this.events = events;
        this.clock = clock;
    }

    public record Draft(Long parentId, String name, String shortName, OrgUnitKind kind, int seq) {
    }

    /** The units the user may see, in tree order (each parent before its children, siblings by seq and name). */
    @Transactional(readOnly = true)
    public List<OrgUnit> visibleTo(CurrentUser user) {
        Scope scope = dataScope.orgScopeOf(user);
        if (scope.isNone()) {
            return List.of();
        }
        List<OrgUnit> found = scope.isAll() ? units.findAllOrdered() : units.findByPathLike(scope.pathPattern());
        return inTreeOrder(found);
    }

    /** How many units {@link #visibleTo} lists, without reading them, counted no further than {@code upTo}. */
    @Transactional(readOnly = true)
    public long countVisibleTo(CurrentUser user, long upTo) {
        Scope scope = dataScope.orgScopeOf(user);
        // one statement, not a query through the entity layer, which cost more than the count (the ledger asks
        // on every view)
        return scope.isNone() ? 0 : jdbc.sql("select count(*) from (select 1 as one from org_unit where path like :pattern"
                        + " limit :upTo) counted")
                .param("pattern", scope.pathPattern()).param("upTo", upTo).query(Long.class).single();
    }

    /** The unit at the top of what {@link #visibleTo} lists (none for the whole tree or nothing). */
    @Transactional(readOnly = true)
    public java.util.Optional<OrgUnit> topVisibleTo(CurrentUser user) {
        return dataScope.orgScopeOf(user).root();
    }

    @Transactional(readOnly = true)
    public OrgUnit get(long id, CurrentUser user) {
        OrgUnit unit = units.findById(id).orElseThrow(BusinessException::notFound);
        if (!dataScope.orgScopeOf(user).covers(unit)) {
            throw BusinessException.notFound();
        }
        return unit;
    }

    @Transactional(readOnly = true)
    /** Whether a tree with this top-level unit exists already (the demo is created once). */
    public boolean hasTopLevelUnitNamed(String name) {
        return units.existsByParentIdIsNullAndName(name);
    }

    /**
     * A unit's name, as every page's top bar shows the person's own: one column read by its key, in the caller's
     * transaction if there is one and without starting one if not (the unit itself, read through the entity
     * layer in a transaction of its own, cost a twentieth of a ledger page).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<String> nameOf(Long id) {
        return id == null ? Optional.empty()
                : jdbc.sql("select name from org_unit where id = :id").param("id", id).query(String.class).optional();
    }

    /** The unit and every unit under it, by id; none when there is no such unit. */
    public List<Long> subtreeIds(long id) {
        return jdbc.sql("select d.id from org_unit u join org_unit d on d.path like concat(u.path, '%') where u.id = :id")
                .param("id", id).query(Long.class).list();
    }

    public Optional<OrgUnit> find(Long id) {
        return id == null ? Optional.empty() : units.findById(id);
    }

    @Transactional(readOnly = true)
    public Map<Long, OrgUnit> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            // most problems are entered without departments yet: no query built for nothing on each of them
            return Map.of();
        }
        return units.findByIdIn(ids).stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
    }

    public OrgUnit create(Draft draft) {
        OrgUnit parent = draft.parentId() == null ? null
                : units.findById(draft.parentId()).orElseThrow(() -> BusinessException.rule("org.rule.parentMissing"));
        requireUniqueName(draft.parentId(), draft.name().strip());
        OrgUnit unit = units.saveAndFlush(new OrgUnit(draft.parentId(), draft.name().strip(), blankToNull(draft.shortName()),
                draft.kind(), draft.seq(), clock.instant()));
        unit.placeUnder(parent);
        events.publishEvent(EntityChanged.created(ENTITY, unit.getId(), unit.getName(), unit.snapshot()));
        return unit;
    }

    public OrgUnit update(long id, long expectedVersion, Draft draft) {
        OrgUnit unit = units.findById(id).orElseThrow(BusinessException::notFound);
        BusinessException.requireVersion(unit.getVersion(), expectedVersion);
        Map<String, Object> before = unit.snapshot();
        String name = draft.name().strip();
        boolean moved = !java.util.Objects.equals(unit.getParentId(), draft.parentId());
        if (moved || !unit.getName().equals(name)) {
            requireUniqueName(draft.parentId(), name);
        }
        unit.rename(name, blankToNull(draft.shortName()), draft.kind(), draft.seq());
        if (moved) {
            moveUnder(unit, draft.parentId());
        }
        units.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, id, unit.getName(), before, unit.snapshot()));
        return unit;
    }

    public void delete(long id, long expectedVersion) {
        OrgUnit unit = units.findById(id).orElseThrow(BusinessException::notFound);
        BusinessException.requireVersion(unit.getVersion(), expectedVersion);
        if (units.existsByParentId(id)) {
            throw BusinessException.conflict("org.rule.hasChildren");
        }
        if (users.existsByOrgUnitId(id)) {
            throw BusinessException.conflict("org.rule.hasUsers");
        }
        units.delete(unit);
        units.flush();
        events.publishEvent(EntityChanged.deleted(ENTITY, id, unit.getName(), unit.snapshot()));
    }

    private void moveUnder(OrgUnit unit, Long newParentId) {
        OrgUnit parent = newParentId == null ? null
                : units.findById(newParentId).orElseThrow(() -> BusinessException.rule("org.rule.parentMissing"));
        if (parent != null && parent.isWithin(unit)) {
            throw BusinessException.rule("org.rule.cycle");
        }
        String oldPrefix = unit.getPath();
        unit.placeUnder(parent);
        units.flush();
        units.rebase(oldPrefix, unit.getPath(), oldPrefix.length() + 1);
    }

    private void requireUniqueName(Long parentId, String name) {
        boolean taken = parentId == null ? units.existsByParentIdIsNullAndName(name)
                : units.existsByParentIdAndName(parentId, name);
        if (taken) {
            throw BusinessException.conflict("org.rule.duplicateName", name);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Depth-first order: parent, then its children sorted by seq and name. */
    static List<OrgUnit> inTreeOrder(List<OrgUnit> found) {
        Map<Long, List<OrgUnit>> children = found.stream().filter(u -> u.getParentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::getParentId));
        java.util.Set<Long> ids = found.stream().map(OrgUnit::getId).collect(Collectors.toSet());
        List<OrgUnit> roots = found.stream().filter(u -> u.getParentId() == null || !ids.contains(u.getParentId()))
                .sorted(SIBLING_ORDER).toList();
        java.util.ArrayList<OrgUnit> ordered = new java.util.ArrayList<>(found.size());
        java.util.ArrayDeque<OrgUnit> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            OrgUnit unit = stack.pop();
            ordered.add(unit);
            List<OrgUnit> kids = children.getOrDefault(unit.getId(), List.of()).stream().sorted(SIBLING_ORDER).toList();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return ordered;
    }

    private static final java.util.Comparator<OrgUnit> SIBLING_ORDER =
            java.util.Comparator.comparingInt(OrgUnit::getSeq).thenComparing(OrgUnit::getName);
}
