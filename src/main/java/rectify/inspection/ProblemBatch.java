package rectify.inspection;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.Role;
import rectify.shared.BusinessException;

/**
 * Enters the problems of a ledger import all at once. Each is checked by the rules that check a problem entered
 * alone (the problem's own, its deadline's, its people's), numbered after the last one under the same lock, and
 * written several hundred rows per statement instead of a round trip per row and table. The caller records the
 * batch in the audit log as one entry that names every problem.
 */
@Service
public class ProblemBatch {

    /** What the audit log calls an entry recording a batch of entered problems. */
    public static final String AUDITED_AS = "LedgerImport";

    /** The form of {@link #batchId}: the inspection, then the lowest and highest problem id. */
    private static final java.util.regex.Pattern BATCH_ID = java.util.regex.Pattern.compile("\\d+:(\\d+)-(\\d+)");

    /** Rows sent to the database per statement. */
    static final int STATEMENT_ROWS = 500;

    private static final String INSERT_PROBLEM = "insert into problem (inspection_id, category_id, seq, title,"
            + " description, rectification_type, origin, responsible_leader_id, deadline, original_deadline,"
            + " deadline_reason, status, cycle, closed_on, first_closed_on, next_review_date, note, reopened_count,"
            + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final InspectionAccess access;
    private final Problems problems;
    private final ProblemRepository repository;
    private final InspectionRepository inspections;
    private final FeedbackCategoryRepository categories;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final jakarta.validation.Validator validator;

    ProblemBatch(InspectionAccess access, Problems problems, ProblemRepository repository,
                 InspectionRepository inspections, FeedbackCategoryRepository categories, JdbcTemplate jdbc,
                 Clock clock, jakarta.validation.Validator validator) {
        this.validator = validator;
        this.access = access;
        this.problems = problems;
        this.repository = repository;
        this.inspections = inspections;
        this.categories = categories;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A problem to enter, and the state the earlier record gives it (closed, ongoing, or still to rectify). */
    public record Entry(Problems.Draft draft, StatusWords.Recorded recorded) {
    }

    /** An entry the rules refuse, by its position in the list. */
    public record Refusal(int index, BusinessException reason) {
    }

    /** A problem written: its id, its number, and the deadline its measures are held against. */
    public record Entered(long id, int seq, LocalDate deadline) {
    }

    /**
     * The audit log's id of a batch: the inspection and the lowest and highest id of the problems it entered
     * ("12:40001-56666"). Numbers close up when a problem is voided; ids do not, and while a batch is written no other
     * problem of the inspection can be (the numbering lock), so the range holds exactly the batch's problems.
     */
    public static String batchId(long inspectionId, List<Entered> entered) {
        long low = entered.stream().mapToLong(Entered::id).min().orElse(0);
        long high = entered.stream().mapToLong(Entered::id).max().orElse(0);
        return inspectionId + ":" + low + "-" + high;
    }

    /** Whether the batch of this id entered the problem of this id. */
    public static boolean entered(String batchId, long problemId) {
        java.util.regex.Matcher range = BATCH_ID.matcher(batchId);
        return range.matches() && Long.parseLong(range.group(1)) <= problemId
                && problemId <= Long.parseLong(range.group(2));
    }

    /** What the rules say of each entry, before anything is written (a dry run; aspects are checked on entry). */
    @Transactional(readOnly = true)
    public List<Refusal> check(long inspectionId, List<Entry> entries) {
        Inspection inspection = access.writable(inspectionId, Role.INSPECTION_OFFICE);
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                built(inspection, entries.get(i), 0, clock.instant(), validator);
            } catch (BusinessException e) {
                refusals.add(new Refusal(i, e));
            }
        }
        return refusals;
    }

    /**
     * Writes the entries as feedback of the inspection, numbered after its last problem, in the caller's
     * transaction. Refused as a whole, before anything is written, by the first rule an entry breaks.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Entered> enter(long inspectionId, List<Entry> entries) {
        Inspection inspection = access.writable(inspectionId, Role.INSPECTION_OFFICE);
        Set<Long> ownCategories = new java.util.HashSet<>();
        categories.findByInspectionIdOrderBySeq(inspectionId).forEach(c -> ownCategories.add(c.getId()));
        for (Entry entry : entries) {
            if (!ownCategories.contains(entry.draft().categoryId())) {
                throw BusinessException.rule("problem.rule.category").onField("categoryId");
            }
        }
        problems.checkResponsibility(inspection, entries.stream().map(e -> e.draft().responsibility()).toList());
        // the same lock as one problem entered alone: people entering at the same time get the numbers after these
        inspections.lockForNumbering(inspectionId);
        repository.flush();
        int first = repository.maxSeq(inspectionId) + 1;
        Instant now = clock.instant();
        List<Problem> built = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            built.add(built(inspection, entries.get(i), first + i, now, validator));
        }
        jdbc.batchUpdate(INSERT_PROBLEM, built, STATEMENT_ROWS, (statement, p) -> {
            statement.setLong(1, p.getInspectionId());
            statement.setLong(2, p.getCategoryId());
            statement.setInt(3, p.getSeq());
            statement.setString(4, p.getTitle());
            statement.setString(5, p.getDescription());
            statement.setString(6, p.getRectificationType().name());
            statement.setString(7, p.getOrigin().name());
            statement.setObject(8, p.getResponsibleLeaderId(), Types.BIGINT);
            statement.setObject(9, p.getDeadline(), Types.DATE);
            statement.setObject(10, p.getOriginalDeadline(), Types.DATE);
            statement.setString(11, p.getDeadlineReason());
            statement.setString(12, p.getStatus().name());
            statement.setInt(13, p.getCycle());
            statement.setObject(14, p.getClosedOn(), Types.DATE);
            statement.setObject(15, p.getFirstClosedOn(), Types.DATE);
            statement.setObject(16, p.getNextReviewDate(), Types.DATE);
            statement.setString(17, p.getNote());
            statement.setInt(18, p.getReopenedCount());
            statement.setObject(19, OffsetDateTime.ofInstant(p.getCreatedAt(), ZoneOffset.UTC));
            statement.setLong(20, p.getVersion());
        });
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.query("select id, seq from problem where inspection_id = ? and seq >= ?",
                row -> {
                    ids.put(row.getInt(2), row.getLong(1));
                }, inspectionId, first);
        List<long[]> units = new ArrayList<>();
        List<long[]> people = new ArrayList<>();
        List<Entered> entered = new ArrayList<>(built.size());
        for (Problem p : built) {
            long id = ids.get(p.getSeq());
            p.getResponsibleUnitIds().forEach(unit -> units.add(new long[]{id, unit}));
            p.getResponsibleUserIds().forEach(user -> people.add(new long[]{id, user}));
            entered.add(new Entered(id, p.getSeq(), p.getDeadline()));
        }
        jdbc.batchUpdate("insert into problem_unit (problem_id, org_unit_id) values (?, ?)", units, STATEMENT_ROWS,
                (statement, pair) -> {
                    statement.setLong(1, pair[0]);
                    statement.setLong(2, pair[1]);
                });
        jdbc.batchUpdate("insert into problem_person (problem_id, user_id) values (?, ?)", people, STATEMENT_ROWS,
                (statement, pair) -> {
                    statement.setLong(1, pair[0]);
                    statement.setLong(2, pair[1]);
                });
        return entered;
    }

    /** The problem as entering it alone would make it, in the state its record gives it. */
    private static Problem built(Inspection inspection, Entry entry, int seq, Instant now,
                                 jakarta.validation.Validator validator) {
        Problems.Draft draft = entry.draft();
        Problems.checkDeadline(inspection, draft.responsibility());
        Problem problem = new Problem(inspection.getId(), draft.categoryId(), seq, draft.title(), draft.description(),
                ProblemOrigin.FEEDBACK, draft.responsibility(), now);
        StatusWords.Recorded recorded = entry.recorded();
        if (recorded != null && recorded.entersAState()) {
            problem.adoptRecordedState(recorded.status(), recorded.closedOn(), recorded.nextReview());
        }
        BusinessException.requireWithinLimits(validator, problem);
        return problem;
    }
}
