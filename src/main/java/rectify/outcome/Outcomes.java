package rectify.outcome;

import rectify.inspection.ProblemSql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.Role;
import rectify.org.Scope;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * Recording outcomes against problems: anyone who sees a problem sees them; the unit's coordinator and the
 * inspection office record and remove them. Every change is audited on the problem's history.
 */
@Service
@Transactional
public class Outcomes {

    public record Draft(Outcome.Subtype subtype, String title, Integer people, BigDecimal amount, LocalDate occurredOn,
                        String note) {
    }

    private static final Role[] RECORDERS = {Role.UNIT_COORDINATOR, Role.INSPECTION_OFFICE};
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final DataScope dataScope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outcomes(JdbcClient jdbc, InspectionAccess access, DataScope dataScope, ApplicationEventPublisher events,
             Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.dataScope = dataScope;
        this.events = events;
        this.clock = clock;
    }

    private static final String SELECT =
            "select o.*, u.display_name from outcome o join app_user u on u.id = o.created_by";

    @Transactional(readOnly = true)
    public List<Outcome> of(long problemId) {
        access.readableProblem(problemId);
        return jdbc.sql(SELECT + " where o.problem_id = :p order by o.kind, o.id").param("p", problemId)
                .query(Outcomes::outcome).list();
    }

    /** One outcome, whoever may see it or not: the callers check the problem it belongs to. */
    private Optional<Outcome> find(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(Outcomes::outcome).optional();
    }

    private static Outcome outcome(ResultSet rs, int row) throws SQLException {
        return new Outcome(rs.getLong("id"), rs.getLong("problem_id"), Outcome.Kind.valueOf(rs.getString("kind")),
                Outcome.Subtype.valueOf(rs.getString("subtype")), rs.getString("title"),
                rs.getObject("people", Integer.class), rs.getBigDecimal("amount"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("note"), rs.getString("display_name"),
                rs.getTimestamp("created_at").toInstant());
    }

    public boolean callerMayRecord(long problemId) {
        return CurrentUser.find().map(u -> u.hasAny(RECORDERS)).orElse(false);
    }

    public Outcome add(long problemId, Draft draft) {
        Problem problem = access.writableProblem(problemId, RECORDERS);
        Draft checked = checked(draft);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into outcome (problem_id, kind, subtype, title, people, amount, occurred_on, note,
                          created_by, created_at)
                        values (:p, :kind, :subtype, :title, :people, :amount, :on, :note, :by, :now)""")
                .param("p", problemId).param("kind", checked.subtype().kind().name())
                .param("subtype", checked.subtype().name()).param("title", checked.title())
                .param("people", checked.people()).param("amount", checked.amount())
                .param("on", checked.occurredOn()).param("note", checked.note())
                .param("by", CurrentUser.require().id()).param("now", Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        events.publishEvent(EntityChanged.created("Outcome", id, problem.getSeq() + ". " + problem.getTitle(),
                described(checked)).about("Problem", problemId));
        return find(id).orElseThrow();
    }

    public void remove(long outcomeId) {
        Outcome outcome = find(outcomeId).orElseThrow(BusinessException::notFound);
        // outside the caller's scope a 404, as if it did not exist; inside it without the role a 403
        Problem problem = access.writableProblem(outcome.problemId(), RECORDERS);
        jdbc.sql("delete from outcome where id = :id").param("id", outcomeId).update();
        events.publishEvent(EntityChanged.deleted("Outcome", outcomeId, problem.getSeq() + ". " + problem.getTitle(),
                described(new Draft(outcome.subtype(), outcome.title(), outcome.people(), outcome.amount(),
                        outcome.occurredOn(), outcome.note()))).about("Problem", outcome.problemId()));
    }

    /**
     * The sums per inspected unit within the caller's scope, of a round or of everything: rules made, revised or
     * abolished; people held accountable; funds in 万元.
     */
    @Transactional(readOnly = true)
    public Map<Long, Outcome.Totals> totalsByUnit(Long roundId) {
        Scope scope = dataScope.current();
        Map<Long, Outcome.Totals> totals = new HashMap<>();
        if (scope.isNone()) {
            return totals;
        }
        var sql = jdbc.sql("""
                        select i.target_unit_id as unit_id,
                               sum(case when o.kind = 'INSTITUTION' then 1 else 0 end) as institutions,
                               sum(case when o.kind = 'ACCOUNTABILITY' then o.people else 0 end) as people,
                               sum(case when o.kind = 'FUNDS' then o.amount else 0 end) as funds
                        from outcome o join problem p on p.id = o.problem_id""" + ProblemSql.TO_UNIT
                        + " where" + ProblemSql.IN_SCOPE + (roundId == null ? "" : " and i.round_id = :round")
                        + " group by i.target_unit_id")
                .param("scope", scope.pathPattern());
        if (roundId != null) {
            sql = sql.param("round", roundId);
        }
        sql.query((rs, n) -> totals.put(rs.getLong("unit_id"), new Outcome.Totals(rs.getLong("institutions"),
                rs.getLong("people"), rs.getBigDecimal("funds") == null ? BigDecimal.ZERO
                : rs.getBigDecimal("funds").setScale(2, java.math.RoundingMode.HALF_UP)))).list();
        return totals;
    }

    /** The sums of one inspection's outcomes, for its report; the caller has checked the inspection is readable. */
    @Transactional(readOnly = true)
    public Outcome.Totals totalsOfInspection(long inspectionId) {
        return jdbc.sql("""
                        select sum(case when o.kind = 'INSTITUTION' then 1 else 0 end) as institutions,
                               sum(case when o.kind = 'ACCOUNTABILITY' then o.people else 0 end) as people,
                               sum(case when o.kind = 'FUNDS' then o.amount else 0 end) as funds
                        from outcome o join problem p on p.id = o.problem_id where p.inspection_id = :id""")
                .param("id", inspectionId)
                .query((rs, n) -> new Outcome.Totals(rs.getLong("institutions"), rs.getLong("people"),
                        rs.getBigDecimal("funds") == null ? BigDecimal.ZERO
                                : rs.getBigDecimal("funds").setScale(2, java.math.RoundingMode.HALF_UP)))
                .single();
    }

    /** "完善和新建制度3项，问责2人，清退追缴资金6.57万元": the non-zero sums in report words, or empty. */
    public static String inWords(Outcome.Totals totals) {
        List<String> parts = new java.util.ArrayList<>();
        if (totals.institutions() > 0) {
            parts.add("完善和新建制度" + totals.institutions() + "项");
        }
        if (totals.people() > 0) {
            parts.add("问责" + totals.people() + "人");
        }
        if (totals.funds().signum() > 0) {
            parts.add("清退追缴资金" + totals.funds().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "万元");
        }
        return String.join("，", parts);
    }

    private Draft checked(Draft draft) {
        if (draft.subtype() == null) {
            throw BusinessException.rule("outcome.rule.subtype");
        }
        String title = blankToNull(draft.title());
        String note = blankToNull(draft.note());
        if (title != null && title.length() > 500 || note != null && note.length() > 2000) {
            throw BusinessException.rule("outcome.rule.tooLong");
        }
        if (draft.occurredOn() != null && draft.occurredOn().isAfter(LocalDate.now(clock))) {
            throw BusinessException.rule("outcome.rule.future");
        }
        return switch (draft.subtype().kind()) {
            case INSTITUTION -> {
                if (title == null) {
                    throw BusinessException.rule("outcome.rule.title");
                }
                yield new Draft(draft.subtype(), title, null, null, draft.occurredOn(), note);
            }
            case ACCOUNTABILITY -> {
                if (draft.people() == null || draft.people() < 1 || draft.people() > 9999) {
                    throw BusinessException.rule("outcome.rule.people");
                }
                yield new Draft(draft.subtype(), title, draft.people(), null, draft.occurredOn(), note);
            }
            case FUNDS -> {
                if (draft.amount() == null || draft.amount().signum() <= 0 || draft.amount().compareTo(MAX_AMOUNT) > 0
                        || draft.amount().scale() > 2 && draft.amount().stripTrailingZeros().scale() > 2) {
                    throw BusinessException.rule("outcome.rule.amount");
                }
                yield new Draft(draft.subtype(), title, null, draft.amount(), draft.occurredOn(), note);
            }
        };
    }

    private static Map<String, Object> described(Draft draft) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subtype", draft.subtype().name());
        state.put("title", draft.title());
        state.put("people", draft.people());
        state.put("amount", draft.amount() == null ? null : draft.amount().toPlainString());
        state.put("occurredOn", draft.occurredOn() == null ? null : draft.occurredOn().toString());
        state.put("note", draft.note());
        return state;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
