package rectify.lookback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.InspectionKind;
import rectify.inspection.InspectionSource;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.inspection.ProblemTransition;
import rectify.lifecycle.Lifecycle;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * 回头看: the inspection office schedules a look-back of an earlier inspection (its problems closed or kept up as
 * long-term) or of chosen such problems of one unit; the look-back is an inspection of kind LOOK_BACK listing what
 * it revisits. For each problem the office records a verdict with its findings; NOT_HELD and RELAPSED send a closed
 * problem back into rectification as a new cycle through the lifecycle's reopen, and the item keeps that cycle.
 */
@Service
@Transactional
public class LookBacks {

    public record Draft(Long inspectionId, List<Long> problemIds, String groupName, LocalDate onsiteFrom,
                        LocalDate onsiteTo) {
    }

    /** How the revisited problems held: a count per verdict and those still to judge. */
    public record Figures(int revisited, Map<LookBackItem.Verdict, Integer> byVerdict, int pending, int reopened) {

        /** The figures of a look-back's items, for whoever has them at hand already. */
        public static Figures of(List<LookBackItem> items) {
            Map<LookBackItem.Verdict, Integer> byVerdict = new EnumMap<>(LookBackItem.Verdict.class);
            for (LookBackItem.Verdict verdict : LookBackItem.Verdict.values()) {
                byVerdict.put(verdict, (int) items.stream().filter(i -> i.verdict() == verdict).count());
            }
            return new Figures(items.size(), byVerdict, (int) items.stream().filter(i -> i.verdict() == null).count(),
                    (int) items.stream().filter(i -> i.reopenedCycle() != null).count());
        }
    }

    private static final Set<ProblemStatus> REVISITED = Set.of(ProblemStatus.CLOSED, ProblemStatus.ONGOING);

    private static final String SELECT = """
            select l.*, p.seq, p.title, p.status, i.title as inspection_title, u.display_name as decided_by_name
            from look_back_item l join problem p on p.id = l.problem_id join inspection i on i.id = p.inspection_id
            left join app_user u on u.id = l.decided_by""";

    private final JdbcClient jdbc;
    private final Inspections inspections;
    private final InspectionAccess access;
    private final Lifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final rectify.org.DataScope dataScope;

    LookBacks(JdbcClient jdbc, Inspections inspections, InspectionAccess access, Lifecycle lifecycle,
              ApplicationEventPublisher events, Clock clock, rectify.org.DataScope dataScope) {
        this.dataScope = dataScope;
        this.jdbc = jdbc;
        this.inspections = inspections;
        this.access = access;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    public Inspection schedule(Draft draft) {
        inspections.requireCallerMayCreate();
        List<Problem> revisited = revisited(draft);
        Inspection earlier = access.readable(revisited.get(0).getInspectionId());
        Set<Long> units = new LinkedHashSet<>();
        for (Problem problem : revisited) {
            units.add(access.readable(problem.getInspectionId()).getTargetUnitId());
        }
        if (units.size() != 1) {
            throw BusinessException.rule("lookBack.rule.oneUnit", units.size()).onField("problemIds");
        }
        Inspection lookBack = inspections.create(new Inspection.Facts(earlier.getRoundId(), InspectionSource.INSPECTION,
                InspectionKind.LOOK_BACK, draft.groupName(), units.iterator().next(), null, draft.onsiteFrom(),
                draft.onsiteTo(), null, null, false, earlier.getClosureLevels(), earlier.getPartyOrganisation(),
                earlier.getPartyOrganisationShort()));
        for (Problem problem : revisited) {
            jdbc.sql("insert into look_back_item (look_back_id, problem_id, status_before) values (:l, :p, :s)")
                    .param("l", lookBack.getId()).param("p", problem.getId()).param("s", problem.getStatus().name())
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("problems", revisited.stream().map(p -> p.getSeq() + ". " + p.getTitle()).toList());
        events.publishEvent(EntityChanged.created("LookBack", lookBack.getId(), lookBack.getTitle(), after)
                .about("Inspection", lookBack.getId()));
        return lookBack;
    }

    private List<Problem> revisited(Draft draft) {
        List<Problem> chosen = new ArrayList<>();
        if (draft.inspectionId() != null) {
            access.readable(draft.inspectionId());
            inspections.problemsOf(draft.inspectionId()).stream().filter(p -> REVISITED.contains(p.getStatus()))
                    .forEach(chosen::add);
        } else if (draft.problemIds() != null) {
            for (long id : new LinkedHashSet<>(draft.problemIds())) {
                Problem problem = access.readableProblem(id);
                if (!REVISITED.contains(problem.getStatus())) {
                    throw BusinessException.rule("lookBack.rule.notClosed", problem.getSeq() + ". " + problem.getTitle())
                            .onField("problemIds");
                }
                chosen.add(problem);
            }
        }
        if (chosen.isEmpty()) {
            throw BusinessException.rule("lookBack.rule.nothing").onField("inspectionId");
        }
        return chosen;
    }

    @Transactional(readOnly = true)
    public List<LookBackItem> itemsOf(long lookBackId) {
        access.readable(lookBackId);
        return jdbc.sql(SELECT + " where l.look_back_id = :l order by i.id, p.seq").param("l", lookBackId)
                .query(LookBacks::item).list();
    }

    /** The look-backs that revisited a problem, newest first, for its page. */
    @Transactional(readOnly = true)
    public List<LookBackItem> ofProblem(long problemId) {
        access.readableProblem(problemId);
        return jdbc.sql(SELECT + " where l.problem_id = :p order by l.id desc").param("p", problemId)
                .query(LookBacks::item).list();
    }

    @Transactional(readOnly = true)
    public Figures figuresOf(long lookBackId) {
        return Figures.of(itemsOf(lookBackId));
    }

    /** How the problems revisited by a round's look-backs held, over the look-backs the caller may see. */
    @Transactional(readOnly = true)
    public Figures figuresOfRound(long roundId) {
        rectify.org.Scope scope = dataScope.current();
        if (scope.isNone()) {
            return Figures.of(List.of());
        }
        List<LookBackItem> items = new ArrayList<>();
        jdbc.sql("select i.id from inspection i join org_unit t on t.id = i.target_unit_id"
                        + " where i.round_id = :r and i.kind = 'LOOK_BACK' and t.path like :scope")
                .param("r", roundId).param("scope", scope.pathPattern()).query(Long.class).list()
                .forEach(id -> items.addAll(itemsOf(id)));
        return Figures.of(items);
    }

    public boolean callerMayJudge() {
        return CurrentUser.find().map(u -> u.has(Role.INSPECTION_OFFICE)).orElse(false);
    }

    public LookBackItem decide(long itemId, LookBackItem.Verdict verdict, String findings, Long expectedVersion) {
        LookBackItem item = find(itemId).orElseThrow(BusinessException::notFound);
        access.writable(item.lookBackId(), Role.INSPECTION_OFFICE);
        if (verdict == null) {
            throw BusinessException.rule("lookBack.rule.verdict").onField("verdict");
        }
        String text = findings == null || findings.isBlank() ? null : findings.strip();
        if (text == null && verdict != LookBackItem.Verdict.HELD) {
            throw BusinessException.rule("lookBack.rule.findings").onField("findings");
        }
        BusinessException.requireWithin(text, 4000, "findings", "field.findings");
        if (item.verdict() != null) {
            throw BusinessException.conflict("lookBack.rule.decided");
        }
        if (expectedVersion != null) {
            BusinessException.requireVersion(item.version(), expectedVersion);
        }
        Integer reopenedCycle = null;
        if (verdict.reopens() && item.status() == ProblemStatus.CLOSED) {
            Inspection lookBack = access.readable(item.lookBackId());
            Problem reopened = lifecycle.apply(item.problemId(), new Lifecycle.Request(ProblemTransition.REOPEN,
                    lookBack.getTitle() + "：" + text, null, null, null, null, null));
            reopenedCycle = reopened.getCycle();
        }
        int updated = jdbc.sql("""
                        update look_back_item set verdict = :verdict, findings = :findings, reopened_cycle = :cycle,
                          decided_by = :by, decided_at = :at, version = version + 1
                        where id = :id and version = :version and verdict is null""")
                .param("verdict", verdict.name()).param("findings", text).param("cycle", reopenedCycle)
                .param("by", CurrentUser.require().id()).param("at", Timestamp.from(clock.instant()))
                .param("id", itemId).param("version", item.version()).update();
        if (updated == 0) {
            throw BusinessException.staleVersion();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("verdict", verdict.name());
        after.put("findings", text);
        if (reopenedCycle != null) {
            after.put("reopenedCycle", reopenedCycle);
        }
        events.publishEvent(EntityChanged.updated("LookBackItem", itemId, item.seq() + ". " + item.title(),
                Map.of(), after).about("Problem", item.problemId()));
        return find(itemId).orElseThrow();
    }

    private java.util.Optional<LookBackItem> find(long itemId) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", itemId).query(LookBacks::item).optional();
    }

    private static LookBackItem item(ResultSet rs, int row) throws SQLException {
        String verdict = rs.getString("verdict");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new LookBackItem(rs.getLong("id"), rs.getLong("look_back_id"), rs.getLong("problem_id"),
                rs.getInt("seq"), rs.getString("title"), rs.getString("inspection_title"),
                ProblemStatus.valueOf(rs.getString("status_before")), ProblemStatus.valueOf(rs.getString("status")),
                verdict == null ? null : LookBackItem.Verdict.valueOf(verdict), rs.getString("findings"),
                rs.getObject("reopened_cycle", Integer.class), rs.getString("decided_by_name"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getLong("version"));
    }
}
