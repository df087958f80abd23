package rectify.duty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.evidence.Attachment;
import rectify.evidence.Evidence;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.inspection.Problems;
import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * Standing duties (长效机制). The inspection office or the unit's coordinator sets one up from a problem — usually
 * when it is closed — naming what must recur, who does it (a person of the unit), how often, and from when to when.
 * Its owner (or the unit's coordinator) records each time it was done, with a note and evidence. Whoever may see the
 * problem sees its duties; nothing is recorded for a day to come or outside the duty's time.
 */
@Service
@Transactional
public class StandingDuties {

    public static final String ENTITY = "StandingDuty";
    static final String OCCURRENCE = "DutyOccurrence";

    public record Draft(String title, Recurrence recurrence, Long ownerId, LocalDate startOn, LocalDate endOn) {
    }

    /** A duty's current or last missed period, for the daily reminders: due on {@code dueOn}, told to its owner. */
    public record Due(long dutyId, long problemId, String title, long ownerId, long unitId, LocalDate dueOn) {
    }

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final Problems problems;
    private final Evidence evidence;
    private final Accounts accounts;
    private final rectify.org.DataScope dataScope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StandingDuties(JdbcClient jdbc, InspectionAccess access, Problems problems, Evidence evidence, Accounts accounts,
                   rectify.org.DataScope dataScope, ApplicationEventPublisher events, Clock clock) {
        this.dataScope = dataScope;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.access = access;
        this.problems = problems;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller may set up duties of problems they see: the office and units' coordinators. */
    public boolean callerMaySetUp() {
        return CurrentUser.find().map(u -> u.hasAny(InspectionAccess.PLANNERS)).orElse(false);
    }

    /** The people of the problem's unit, who may own its duties. */
    @Transactional(readOnly = true)
    public List<UserAccount> possibleOwners(long problemId) {
        Problem problem = access.readableProblem(problemId);
        return accounts.membersOf(access.targetOf(access.readable(problem.getInspectionId())));
    }

    public StandingDuty setUp(long problemId, Draft draft) {
        InspectionAccess.requireRole(InspectionAccess.PLANNERS);
        Problem problem = access.readableProblem(problemId);
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw BusinessException.rule("duty.rule.title").onField("title");
        }
        BusinessException.requireWithin(title, 200, "title", "field.dutyTitle");
        if (draft.recurrence() == null) {
            throw BusinessException.rule("duty.rule.recurrence").onField("recurrence");
        }
        if (draft.ownerId() == null) {
            throw BusinessException.rule("duty.rule.owner").onField("ownerId");
        }
        OrgUnit target = access.targetOf(access.readable(problem.getInspectionId()));
        problems.requireMembers(List.of(draft.ownerId()), target);
        LocalDate startOn = draft.startOn() != null ? draft.startOn() : LocalDate.now(clock);
        if (draft.endOn() != null && draft.endOn().isBefore(startOn)) {
            throw BusinessException.rule("duty.rule.endBeforeStart").onField("endOn");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into standing_duty (problem_id, title, recurrence, owner_id, start_on, end_on, created_by,
                          created_at) values (:p, :title, :recurrence, :owner, :start, :end, :by, :at)""")
                .param("p", problemId).param("title", title).param("recurrence", draft.recurrence().name())
                .param("owner", draft.ownerId()).param("start", startOn).param("end", draft.endOn())
                .param("by", CurrentUser.require().id()).param("at", Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("recurrence", draft.recurrence().name());
        after.put("ownerId", draft.ownerId());
        after.put("startOn", startOn.toString());
        after.put("endOn", draft.endOn() == null ? null : draft.endOn().toString());
        events.publishEvent(EntityChanged.created(ENTITY, id, title, after).about("Problem", problemId));
        return get(id);
    }

    /** A duty with its record, if the caller may see its problem; otherwise not found. */
    @Transactional(readOnly = true)
    public StandingDuty get(long id) {
        long problemId = jdbc.sql("select problem_id from standing_duty where id = :id").param("id", id)
                .query(Long.class).optional().orElseThrow(BusinessException::notFound);
        access.readableProblem(problemId);
        return read("d.id = :id", Map.of("id", id)).get(0);
    }

    @Transactional(readOnly = true)
    public List<StandingDuty> ofProblem(long problemId) {
        access.readableProblem(problemId);
        return read("d.problem_id = :p", Map.of("p", problemId));
    }

    /**
     * The duties of an inspection's problems counted together as they stood on {@code asOf} (a report's date): the
     * duties set up by then, their periods up to then, what had been recorded by then.
     */
    @Transactional(readOnly = true)
    public StandingDuty.Figures figuresOfInspection(long inspectionId, LocalDate asOf) {
        access.readable(inspectionId);
        LocalDate day = asOf.isBefore(LocalDate.now(clock)) ? asOf : LocalDate.now(clock);
        java.time.Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return read("d.problem_id in (select id from problem where inspection_id = :i) and d.start_on <= :day",
                Map.of("i", inspectionId, "day", day)).stream()
                .map(d -> new StandingDuty(d.id(), d.problemId(), d.title(), d.recurrence(), d.ownerId(),
                        d.ownerName(), d.startOn(), d.endOn(), periods(d.recurrence(), d.startOn(), d.endOn(),
                        d.occurrences().stream().filter(o -> o.recordedAt().isBefore(endOfDay)).toList(), day,
                        clock.getZone()), List.of()).figures())
                .reduce(StandingDuty.Figures.NONE, StandingDuty.Figures::plus);
    }

    /** The duties of a round's problems the caller may see, counted together, for the round's summary. */
    @Transactional(readOnly = true)
    public StandingDuty.Figures figuresOfRound(long roundId) {
        rectify.org.Scope scope = dataScope.current();
        if (scope.isNone()) {
            return StandingDuty.Figures.NONE;
        }
        return read("d.problem_id in (select p.id from problem p join inspection i on i.id = p.inspection_id"
                        + " join org_unit t on t.id = i.target_unit_id where i.round_id = :r and t.path like :scope)",
                Map.of("r", roundId, "scope", scope.pathPattern()))
                .stream().map(StandingDuty::figures).reduce(StandingDuty.Figures.NONE, StandingDuty.Figures::plus);
    }

    /** Records that the duty was done on {@code heldOn}: by its owner or the unit's coordinator, with evidence. */
    public StandingDuty record(long dutyId, LocalDate heldOn, String note, List<Evidence.Upload> files) {
        StandingDuty duty = get(dutyId);
        CurrentUser me = CurrentUser.require();
        if (me.id() != duty.ownerId() && !me.has(Role.UNIT_COORDINATOR)) {
            throw BusinessException.forbiddenWith("duty.rule.ownerRecords");
        }
        LocalDate today = LocalDate.now(clock);
        if (heldOn == null) {
            throw BusinessException.rule("duty.rule.heldOn").onField("date");
        }
        if (heldOn.isAfter(today) || heldOn.isBefore(duty.startOn())
                || (duty.endOn() != null && heldOn.isAfter(duty.endOn()))) {
            throw BusinessException.rule("duty.rule.heldOnOutside", duty.startOn(),
                    duty.endOn() != null && duty.endOn().isBefore(today) ? duty.endOn() : today).onField("date");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw BusinessException.rule("duty.rule.note").onField("note");
        }
        BusinessException.requireWithin(text, 2000, "note", "field.dutyNote");
        long id = insertOccurrence(dutyId, heldOn, text, clock.instant());
        Problem problem = access.readableProblem(duty.problemId());
        Inspection inspection = access.readable(problem.getInspectionId());
        List<Attachment> stored = evidence.attach(new Attachment.Owner(OCCURRENCE, id,
                inspection.getTargetUnitId(), inspection.getId(), problem.getId()), files == null ? List.of() : files);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("heldOn", heldOn.toString());
        after.put("note", text);
        after.put("files", stored.stream().map(Attachment::getFileName).toList());
        events.publishEvent(EntityChanged.created(OCCURRENCE, id, duty.title() + " " + heldOn, after)
                .about("Problem", duty.problemId()));
        return get(dutyId);
    }

    /**
     * Enters an occurrence from the unit's earlier records (minutes, sign-in sheets) as it was recorded then, on
     * {@code recordedOn}: the office or the unit's coordinator only, and said as such in the audit log.
     */
    public void enterRecorded(long dutyId, LocalDate heldOn, String note, LocalDate recordedOn) {
        InspectionAccess.requireRole(InspectionAccess.PLANNERS);
        StandingDuty duty = get(dutyId);
        LocalDate today = LocalDate.now(clock);
        if (heldOn == null || heldOn.isBefore(duty.startOn()) || heldOn.isAfter(today)
                || recordedOn == null || recordedOn.isBefore(heldOn) || recordedOn.isAfter(today)) {
            throw BusinessException.rule("duty.rule.heldOnOutside", duty.startOn(), today).onField("date");
        }
        long id = insertOccurrence(dutyId, heldOn, note.strip(), recordedOn.atTime(18, 0).atZone(clock.getZone())
                .toInstant());
        events.publishEvent(EntityChanged.created(OCCURRENCE, id,
                "补录 " + duty.title() + " " + heldOn, Map.of("heldOn", heldOn.toString(), "note", note.strip(),
                        "recordedOn", recordedOn.toString())).about("Problem", duty.problemId()));
    }

    /**
     * For the daily reminders: each running duty's current period not yet done (due by {@code horizon}), and its
     * periods missed within the last month — each period told on its own.
     */
    @Transactional(readOnly = true)
    public List<Due> dueBy(LocalDate horizon) {
        LocalDate today = LocalDate.now(clock);
        List<StandingDuty> running = read("(d.end_on is null or d.end_on >= :recent)",
                Map.of("recent", today.minusMonths(3)));
        if (running.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> unitOfProblem = new java.util.HashMap<>();
        jdbc.sql("select p.id, i.target_unit_id from problem p join inspection i on i.id = p.inspection_id"
                        + " where p.id in (:ids)")
                .param("ids", running.stream().map(StandingDuty::problemId).distinct().toList())
                .query((rs, n) -> unitOfProblem.put(rs.getLong(1), rs.getLong(2))).list();
        List<Due> due = new ArrayList<>();
        for (StandingDuty duty : running) {
            duty.periods().stream()
                    .filter(p -> p.status() == StandingDuty.Status.DUE && !p.dueOn().isAfter(horizon)
                            || p.status() == StandingDuty.Status.MISSED && !p.dueOn().isBefore(today.minusMonths(1)))
                    .forEach(p -> due.add(new Due(duty.id(), duty.problemId(), duty.title(), duty.ownerId(),
                            unitOfProblem.get(duty.problemId()), p.dueOn())));
        }
        return due;
    }

    private long insertOccurrence(long dutyId, LocalDate heldOn, String note, java.time.Instant recordedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into duty_occurrence (duty_id, held_on, note, recorded_by, recorded_at)
                        values (:d, :held, :note, :by, :at)""")
                .param("d", dutyId).param("held", heldOn).param("note", note).param("by", CurrentUser.require().id())
                .param("at", Timestamp.from(recordedAt)).update(key, "id");
        return key.getKey().longValue();
    }

    private List<StandingDuty> read(String where, Map<String, Object> params) {
        record Head(long id, long problemId, String title, Recurrence recurrence, long ownerId, String ownerName,
                    LocalDate startOn, LocalDate endOn) {
        }
        var query = jdbc.sql("select d.*, u.display_name as owner_name from standing_duty d"
                + " join app_user u on u.id = d.owner_id where " + where + " order by d.id");
        params.forEach(query::param);
        List<Head> heads = query.query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("problem_id"),
                rs.getString("title"), Recurrence.valueOf(rs.getString("recurrence")), rs.getLong("owner_id"),
                rs.getString("owner_name"), rs.getObject("start_on", LocalDate.class),
                rs.getObject("end_on", LocalDate.class))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        record Row(long dutyId, StandingDuty.Occurrence occurrence) {
        }
        List<Row> rows = jdbc.sql("""
                        select o.*, u.display_name as recorded_by_name from duty_occurrence o
                        join app_user u on u.id = o.recorded_by where o.duty_id in (:ids) order by o.held_on, o.id""")
                .param("ids", heads.stream().map(Head::id).toList())
                .query((rs, n) -> new Row(rs.getLong("duty_id"), new StandingDuty.Occurrence(rs.getLong("id"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("note"),
                        rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant(), List.of())))
                .list();
        Map<Long, List<Attachment>> files = evidence.of(OCCURRENCE,
                rows.stream().map(r -> r.occurrence().id()).toList());
        Map<Long, List<StandingDuty.Occurrence>> byDuty = rows.stream().collect(Collectors.groupingBy(Row::dutyId,
                LinkedHashMap::new, Collectors.mapping(r -> withFiles(r.occurrence(), files), Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        return heads.stream().map(h -> {
            List<StandingDuty.Occurrence> held = byDuty.getOrDefault(h.id(), List.of());
            return new StandingDuty(h.id(), h.problemId(), h.title(), h.recurrence(), h.ownerId(), h.ownerName(),
                    h.startOn(), h.endOn(), periods(h.recurrence(), h.startOn(), h.endOn(), held, today, clock.getZone()),
                    held);
        }).toList();
    }

    private static StandingDuty.Occurrence withFiles(StandingDuty.Occurrence o, Map<Long, List<Attachment>> files) {
        return new StandingDuty.Occurrence(o.id(), o.heldOn(), o.note(), o.recordedByName(), o.recordedAt(),
                files.getOrDefault(o.id(), List.of()).stream()
                        .map(a -> new StandingDuty.File(a.getId(), a.getFileName(), a.getSize())).toList());
    }

    /** Every period from the first to the one holding today (or the last day), with what was done in it. */
    static List<StandingDuty.Period> periods(Recurrence recurrence, LocalDate startOn, LocalDate endOn,
                                             List<StandingDuty.Occurrence> held, LocalDate today, ZoneId zone) {
        LocalDate last = endOn != null && endOn.isBefore(today) ? endOn : today;
        List<StandingDuty.Period> periods = new ArrayList<>();
        for (LocalDate start = recurrence.periodStart(startOn, startOn); !start.isAfter(last);
             start = recurrence.nextStart(start)) {
            LocalDate from = start;
            LocalDate due = recurrence.dueOn(start);
            List<StandingDuty.Occurrence> within = held.stream()
                    .filter(o -> !o.heldOn().isBefore(from) && !o.heldOn().isAfter(due)).toList();
            StandingDuty.Status status;
            if (within.stream().anyMatch(o -> !LocalDate.ofInstant(o.recordedAt(), zone).isAfter(due))) {
                status = StandingDuty.Status.DONE;
            } else if (!within.isEmpty()) {
                status = StandingDuty.Status.LATE;
            } else if (due.isBefore(today)) {
                status = StandingDuty.Status.MISSED;
            } else {
                status = StandingDuty.Status.DUE;
            }
            periods.add(new StandingDuty.Period(start, due, status, within));
        }
        return periods;
    }
}
