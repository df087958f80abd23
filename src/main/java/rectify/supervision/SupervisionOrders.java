package rectify.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.inspection.WarningLevel;
import rectify.inspection.WarningPolicy;
import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.OrgUnit;
import rectify.org.Role;
import rectify.org.Scope;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;
import rectify.shared.PageResult;

/**
 * Issuing and answering supervision orders. The inspection office issues them to units in its jurisdiction about
 * those units' problems; the unit's coordinator or leader answers once. Everyone sees only the orders of units in
 * their scope; the unit's coordinators and leaders hear of a new order, the issuer of its answer.
 */
@Service
@Transactional
public class SupervisionOrders {

    public record Draft(Long unitId, List<Long> problemIds, String content, LocalDate replyBy,
                        SupervisionOrder.Urgency urgency) {
    }

    private static final String SELECT = """
            select o.*, u.name as unit_name, u.path as unit_path, ib.display_name as issued_by_name,
                   rb.display_name as replied_by_name
            from supervision_order o join org_unit u on u.id = o.unit_id
            join app_user ib on ib.id = o.issued_by left join app_user rb on rb.id = o.replied_by
            """;

    private final JdbcClient jdbc;
    private final DataScope dataScope;
    private final InspectionAccess access;
    private final WarningPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionOrders(JdbcClient jdbc, DataScope dataScope, InspectionAccess access, WarningPolicy policy,
                      ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dataScope = dataScope;
        this.access = access;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** 督办〔2026〕3号 */
    public static String number(int year, int no) {
        return "督办〔" + year + "〕" + no + "号";
    }

    /**
     * The unit an order about these problems goes to (chosen together on the ledger): the one unit they were
     * found in. Problems of several units need one order each, and the answer says so.
     */
    @Transactional(readOnly = true)
    public long unitOf(List<Long> problemIds) {
        Set<Long> units = new LinkedHashSet<>();
        for (long problemId : problemIds) {
            Problem problem = access.readableProblem(problemId);
            units.add(access.readable(problem.getInspectionId()).getTargetUnitId());
        }
        if (units.size() != 1) {
            throw BusinessException.rule("supervision.rule.oneUnit", units.size());
        }
        return units.iterator().next();
    }

    public SupervisionOrder issue(Draft draft) {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.INSPECTION_OFFICE)) {
            throw BusinessException.forbiddenWith("supervision.rule.officeOnly");
        }
        if (draft.unitId() == null) {
            throw BusinessException.rule("supervision.rule.unit");
        }
        OrgUnit unit = dataScope.requireVisibleUnit(draft.unitId());
        Set<Long> problemIds = new LinkedHashSet<>(draft.problemIds() == null ? List.of() : draft.problemIds());
        if (problemIds.isEmpty()) {
            throw BusinessException.rule("supervision.rule.problems");
        }
        for (long problemId : problemIds) {
            Problem problem = access.readableProblem(problemId);
            if (!access.targetOf(access.readable(problem.getInspectionId())).isWithin(unit)) {
                throw BusinessException.rule("supervision.rule.problemOfUnit", problem.getSeq() + ". " + problem.getTitle());
            }
        }
        String content = required(draft.content(), "supervision.rule.content");
        LocalDate today = LocalDate.now(clock);
        if (draft.replyBy() == null || draft.replyBy().isBefore(today)) {
            throw BusinessException.rule("supervision.rule.replyBy");
        }
        SupervisionOrder.Urgency urgency = draft.urgency() == null ? SupervisionOrder.Urgency.URGE : draft.urgency();
        int year = today.getYear();
        int no = jdbc.sql("select coalesce(max(order_no), 0) + 1 from supervision_order where order_year = :year")
                .param("year", year).query(Integer.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into supervision_order (order_year, order_no, unit_id, urgency, content, reply_by, status,
                          issued_by, issued_at) values (:year, :no, :unit, :urgency, :content, :replyBy, 'ISSUED', :by, :now)""")
                .param("year", year).param("no", no).param("unit", unit.getId()).param("urgency", urgency.name())
                .param("content", content).param("replyBy", draft.replyBy()).param("by", user.id())
                .param("now", Timestamp.from(clock.instant())).update(key, "id");
        long id = key.getKey().longValue();
        for (long problemId : problemIds) {
            jdbc.sql("insert into supervision_order_problem (order_id, problem_id) values (:o, :p)")
                    .param("o", id).param("p", problemId).update();
        }
        SupervisionOrder order = get(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", order.number());
        after.put("unit", unit.getName());
        after.put("urgency", urgency.name());
        after.put("replyBy", draft.replyBy().toString());
        after.put("problemIds", List.copyOf(problemIds));
        after.put("content", content);
        events.publishEvent(EntityChanged.created("SupervisionOrder", id, order.number(), after));
        events.publishEvent(new SupervisionOrderEvents.Issued(id, order.number(), unit.getId(), List.copyOf(problemIds),
                urgency, draft.replyBy(), content));
        return order;
    }

    public SupervisionOrder reply(long id, String text, Long expectedVersion) {
        CurrentUser user = CurrentUser.require();
        SupervisionOrder order = get(id);
        if (!user.hasAny(Role.UNIT_COORDINATOR, Role.UNIT_LEADER)) {
            throw BusinessException.forbiddenWith("supervision.rule.unitOnly");
        }
        if (order.status() == SupervisionOrder.Status.REPLIED) {
            throw BusinessException.conflict("supervision.rule.replied");
        }
        if (expectedVersion != null) {
            BusinessException.requireVersion(order.version(), expectedVersion);
        }
        String reply = required(text, "supervision.rule.reply");
        int updated = jdbc.sql("""
                        update supervision_order set status = 'REPLIED', reply = :reply, replied_by = :by, replied_at = :now,
                          version = version + 1 where id = :id and version = :version and status = 'ISSUED'""")
                .param("reply", reply).param("by", user.id()).param("now", Timestamp.from(clock.instant()))
                .param("id", id).param("version", order.version()).update();
        if (updated == 0) {
            throw BusinessException.staleVersion();
        }
        SupervisionOrder replied = get(id);
        events.publishEvent(EntityChanged.updated("SupervisionOrder", id, order.number(),
                Map.of("status", order.status().name()), Map.of("status", replied.status().name(), "reply", reply)));
        events.publishEvent(new SupervisionOrderEvents.Replied(id, order.number(), order.unitId(), order.unitName(),
                order.issuedById(), reply));
        return replied;
    }

    @Transactional(readOnly = true)
    public SupervisionOrder get(long id) {
        Scope scope = dataScope.current();
        List<SupervisionOrder> found = jdbc.sql(SELECT + " where o.id = :id and u.path like :scope")
                .param("id", id).param("scope", scope.pathPattern()).query(this::order).list();
        if (found.isEmpty() || scope.isNone()) {
            throw BusinessException.notFound();
        }
        return withProblems(found).get(0);
    }

    @Transactional(readOnly = true)
    public PageResult<SupervisionOrder> find(SupervisionOrder.Status status, Long unitId, int page, int size) {
        Scope scope = dataScope.current();
        int pageSize = Math.min(Math.max(1, size), 100);
        int pageNo = Math.max(0, page);
        if (scope.isNone()) {
            return new PageResult<>(List.of(), 0, pageNo, pageSize);
        }
        StringBuilder where = new StringBuilder(" where u.path like :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope.pathPattern());
        if (status != null) {
            where.append(" and o.status = :status");
            params.put("status", status.name());
        }
        if (unitId != null) {
            where.append(" and o.unit_id = :unit");
            params.put("unit", unitId);
        }
        var count = jdbc.sql("select count(*) from supervision_order o join org_unit u on u.id = o.unit_id" + where);
        params.forEach(count::param);
        long total = count.query(Long.class).single();
        var select = jdbc.sql(SELECT + where + " order by o.status, o.reply_by, o.id desc limit :limit offset :offset");
        params.forEach(select::param);
        List<SupervisionOrder> rows = select.param("limit", pageSize).param("offset", (long) pageNo * pageSize)
                .query(this::order).list();
        return new PageResult<>(withProblems(rows), total, pageNo, pageSize);
    }

    /** The open orders about a problem, for its page. */
    @Transactional(readOnly = true)
    public List<SupervisionOrder> about(long problemId) {
        Scope scope = dataScope.current();
        List<SupervisionOrder> rows = jdbc.sql(SELECT + " where u.path like :scope and o.id in"
                        + " (select order_id from supervision_order_problem where problem_id = :p) order by o.id desc")
                .param("scope", scope.pathPattern()).param("p", problemId).query(this::order).list();
        return scope.isNone() ? List.of() : withProblems(rows);
    }

    public boolean callerMayIssue() {
        return CurrentUser.find().map(u -> u.has(Role.INSPECTION_OFFICE)).orElse(false);
    }

    public boolean callerMayReply(SupervisionOrder order) {
        return order.status() == SupervisionOrder.Status.ISSUED
                && CurrentUser.find().map(u -> u.hasAny(Role.UNIT_COORDINATOR, Role.UNIT_LEADER)).orElse(false);
    }

    private SupervisionOrder order(ResultSet rs, int n) throws SQLException {
        SupervisionOrder.Status status = SupervisionOrder.Status.valueOf(rs.getString("status"));
        LocalDate replyBy = rs.getObject("reply_by", LocalDate.class);
        WarningLevel warning = status == SupervisionOrder.Status.REPLIED ? WarningLevel.NORMAL
                : policy.levelOf(replyBy, LocalDate.now(clock));
        return new SupervisionOrder(rs.getLong("id"), number(rs.getInt("order_year"), rs.getInt("order_no")),
                rs.getLong("unit_id"), rs.getString("unit_name"),
                SupervisionOrder.Urgency.valueOf(rs.getString("urgency")), rs.getString("content"), replyBy, status,
                rs.getLong("issued_by"), rs.getString("issued_by_name"), Notifications.instant(rs, "issued_at"),
                rs.getString("reply"), rs.getString("replied_by_name"), Notifications.instant(rs, "replied_at"),
                warning, List.of(), rs.getLong("version"));
    }

    private List<SupervisionOrder> withProblems(List<SupervisionOrder> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<Long, List<SupervisionOrder.ProblemRef>> problems = new HashMap<>();
        jdbc.sql("""
                        select op.order_id, p.id, p.seq, p.title, p.status, p.deadline, i.title as inspection_title
                        from supervision_order_problem op join problem p on p.id = op.problem_id
                        join inspection i on i.id = p.inspection_id where op.order_id in (:ids) order by i.id, p.seq""")
                .param("ids", orders.stream().map(SupervisionOrder::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("order_id"), new SupervisionOrder.ProblemRef(rs.getLong("id"),
                        rs.getInt("seq"), rs.getString("title"), rs.getString("status"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("inspection_title"))))
                .list().forEach(e -> problems.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return orders.stream().map(o -> new SupervisionOrder(o.id(), o.number(), o.unitId(), o.unitName(), o.urgency(),
                o.content(), o.replyBy(), o.status(), o.issuedById(), o.issuedByName(), o.issuedAt(), o.reply(),
                o.repliedByName(), o.repliedAt(), o.warning(), problems.getOrDefault(o.id(), List.of()), o.version()))
                .toList();
    }

    private static String required(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw BusinessException.rule(messageKey);
        }
        if (text.strip().length() > 8000) {
            throw BusinessException.rule("supervision.rule.tooLong");
        }
        return text.strip();
    }
}
