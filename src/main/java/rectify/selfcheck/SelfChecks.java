package rectify.selfcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.FeedbackCategory;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.Problems;
import rectify.inspection.RectificationType;
import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.OrgUnit;
import rectify.org.Role;
import rectify.org.Scope;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * 举一反三 self-checks. From a problem, the inspection office asks chosen units in its jurisdiction to check themselves
 * for the same problem by a date. Each unit's coordinator answers once: "does not exist" (with a note), or "exists"
 * with the problem as the unit sees it, which enters the unit's ledger as a self-found problem of the unit's own
 * self-check inspection (限期整改 until the unit's plan says otherwise) and goes through the plan and lifecycle like
 * any other. A unit sees only its own part.
 */
@Service
@Transactional
public class SelfChecks {

    public record Draft(List<Long> unitIds, LocalDate replyBy, String content) {
    }

    public record Reply(Boolean exists, String title, String description, String note) {
    }

    private static final String UNITS = """
            select s.*, u.name as unit_name, a.display_name as answered_by_name
            from self_check_unit s join org_unit u on u.id = s.unit_id left join app_user a on a.id = s.answered_by""";

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final Inspections inspections;
    private final Problems problems;
    private final DataScope dataScope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfChecks(JdbcClient jdbc, InspectionAccess access, Inspections inspections, Problems problems,
               DataScope dataScope, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.inspections = inspections;
        this.problems = problems;
        this.dataScope = dataScope;
        this.events = events;
        this.clock = clock;
    }

    public boolean callerMayIssue() {
        return CurrentUser.find().map(u -> u.has(Role.INSPECTION_OFFICE)).orElse(false);
    }

    /** The answer date a new self-check proposes: a month from today. */
    public LocalDate usualReplyBy() {
        return LocalDate.now(clock).plusDays(30);
    }

    public SelfCheck issue(long problemId, Draft draft) {
        InspectionAccess.requireRole(Role.INSPECTION_OFFICE);
        Problem source = access.readableProblem(problemId);
        Set<Long> unitIds = new LinkedHashSet<>(draft.unitIds() == null ? List.of() : draft.unitIds());
        if (unitIds.isEmpty()) {
            throw BusinessException.rule("selfCheck.rule.units").onField("unitIds");
        }
        List<OrgUnit> units = unitIds.stream().map(dataScope::requireVisibleUnit).toList();
        LocalDate today = LocalDate.now(clock);
        if (draft.replyBy() == null || draft.replyBy().isBefore(today)) {
            throw BusinessException.rule("selfCheck.rule.replyBy").onField("replyBy");
        }
        String content = draft.content() == null || draft.content().isBlank()
                ? null : draft.content().strip();
        BusinessException.requireWithin(content, 4000, "content", "field.selfCheckContent");
        String sourceTitle = source.getTitle();
        String asked = content != null ? content : "对照“" + sourceTitle + "”举一反三，自查本单位是否存在同类问题。";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into self_check (source_problem_id, content, reply_by, issued_by, issued_at)
                        values (:p, :content, :replyBy, :by, :at)""")
                .param("p", problemId).param("content", asked).param("replyBy", draft.replyBy())
                .param("by", CurrentUser.require().id()).param("at", Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (OrgUnit unit : units) {
            jdbc.sql("insert into self_check_unit (self_check_id, unit_id) values (:s, :u)")
                    .param("s", id).param("u", unit.getId()).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("units", units.stream().map(OrgUnit::getName).toList());
        after.put("replyBy", draft.replyBy().toString());
        after.put("content", asked);
        events.publishEvent(EntityChanged.created("SelfCheck", id, source.getSeq() + ". " + sourceTitle, after)
                .about("Problem", problemId));
        events.publishEvent(new SelfCheckIssued(id, List.copyOf(unitIds), sourceTitle, draft.replyBy(), asked));
        return get(id);
    }

    /** A self-check as the caller may see it: the office all of it, a unit its own part; otherwise not found. */
    @Transactional(readOnly = true)
    public SelfCheck get(long id) {
        SelfCheck head = jdbc.sql("""
                        select c.*, p.title as source_title, u.display_name as issued_by_name
                        from self_check c join problem p on p.id = c.source_problem_id
                        join app_user u on u.id = c.issued_by where c.id = :id""")
                .param("id", id).query((rs, n) -> new SelfCheck(rs.getLong("id"), rs.getLong("source_problem_id"),
                        rs.getString("source_title"), rs.getString("content"),
                        rs.getObject("reply_by", LocalDate.class), rs.getString("issued_by_name"),
                        rs.getTimestamp("issued_at").toInstant(), List.of()))
                .optional().orElseThrow(BusinessException::notFound);
        Scope scope = dataScope.current();
        boolean office = CurrentUser.require().has(Role.INSPECTION_OFFICE)
                && officeSees(head.sourceProblemId());
        if (!office && scope.isNone()) {
            throw BusinessException.notFound();
        }
        var query = jdbc.sql(UNITS + " where s.self_check_id = :id" + (office ? "" : " and u.path like :scope")
                + " order by s.id").param("id", id);
        List<SelfCheck.UnitAnswer> units = (office ? query : query.param("scope", scope.pathPattern()))
                .query(SelfChecks::answer).list();
        if (units.isEmpty()) {
            throw BusinessException.notFound();
        }
        return new SelfCheck(head.id(), head.sourceProblemId(), head.sourceTitle(), head.content(), head.replyBy(),
                head.issuedByName(), head.issuedAt(), units);
    }

    private boolean officeSees(long problemId) {
        try {
            access.readableProblem(problemId);
            return true;
        } catch (BusinessException notVisible) {
            return false;
        }
    }

    /** The self-checks issued from a problem, for its page. */
    @Transactional(readOnly = true)
    public List<SelfCheck> fromProblem(long problemId) {
        access.readableProblem(problemId);
        return jdbc.sql("select id from self_check where source_problem_id = :p order by id desc")
                .param("p", problemId).query(Long.class).list().stream()
                .map(id -> {
                    try {
                        return Optional.of(get(id));
                    } catch (BusinessException notHers) {
                        return Optional.<SelfCheck>empty();
                    }
                }).flatMap(Optional::stream).toList();
    }

    public SelfCheck answer(long selfCheckId, Reply reply) {
        InspectionAccess.requireRole(Role.UNIT_COORDINATOR);
        SelfCheck check = get(selfCheckId);
        SelfCheck.UnitAnswer mine = check.units().stream().filter(a -> a.answer() == null).findFirst()
                .orElseThrow(() -> BusinessException.conflict("selfCheck.rule.answered"));
        if (reply.exists() == null) {
            throw BusinessException.rule("selfCheck.rule.exists").onField("exists");
        }
        String note = reply.note() == null || reply.note().isBlank() ? null : reply.note().strip();
        BusinessException.requireWithin(note, 4000, "note", "field.selfCheckNote");
        Long problemId = null;
        if (reply.exists()) {
            if (reply.title() == null || reply.title().isBlank()) {
                throw BusinessException.rule("selfCheck.rule.title").onField("title");
            }
            FeedbackCategory aspect = inspections.openSelfCheck(mine.unitId(),
                    "“" + check.sourceTitle() + "”举一反三自查", "举一反三自查发现的问题");
            problemId = problems.create(aspect.getInspectionId(), new Problems.Draft(aspect.getId(),
                    reply.title().strip(), reply.description() == null ? null : reply.description().strip(),
                    new Problem.Responsibility(RectificationType.TIME_LIMITED, null, null, null, null, null))).getId();
        } else if (note == null) {
            throw BusinessException.rule("selfCheck.rule.note").onField("note");
        }
        int updated = jdbc.sql("""
                        update self_check_unit set answer = :answer, note = :note, problem_id = :problem,
                          answered_by = :by, answered_at = :at, version = version + 1
                        where id = :id and version = :version and answer is null""")
                .param("answer", (reply.exists() ? SelfCheck.Answer.EXISTS : SelfCheck.Answer.NONE).name())
                .param("note", note).param("problem", problemId).param("by", CurrentUser.require().id())
                .param("at", Timestamp.from(clock.instant())).param("id", mine.id()).param("version", mine.version())
                .update();
        if (updated == 0) {
            throw BusinessException.staleVersion();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("answer", reply.exists() ? "EXISTS" : "NONE");
        after.put("note", note);
        events.publishEvent(EntityChanged.updated("SelfCheck", selfCheckId, mine.unitName(), Map.of(), after)
                .about("Problem", check.sourceProblemId()));
        return get(selfCheckId);
    }

    private static SelfCheck.UnitAnswer answer(ResultSet rs, int row) throws SQLException {
        String answer = rs.getString("answer");
        Timestamp at = rs.getTimestamp("answered_at");
        return new SelfCheck.UnitAnswer(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                answer == null ? null : SelfCheck.Answer.valueOf(answer), rs.getString("note"),
                rs.getObject("problem_id", Long.class), rs.getString("answered_by_name"),
                at == null ? null : at.toInstant(), rs.getLong("version"));
    }
}
