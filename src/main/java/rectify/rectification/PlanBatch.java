package rectify.rectification;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionAccess;
import rectify.inspection.Problems;
import rectify.org.Role;
import rectify.shared.BusinessException;

/**
 * Enters the plans of problems a ledger import has just entered, all at once: every measure checked by the rules
 * that check one measure added alone (its text and limits, its deadline within the problem's, a completion not in
 * the future, its person in the unit), and written several hundred rows per statement. The caller records the
 * batch in the audit log as one entry.
 */
@Service
public class PlanBatch {

    private static final int STATEMENT_ROWS = 500;

    private static final String INSERT_MEASURE = "insert into measure (problem_id, seq, text, responsible_user_id,"
            + " deadline, status, completed_on, completion_note, created_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final InspectionAccess access;
    private final Problems problems;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final jakarta.validation.Validator validator;

    PlanBatch(InspectionAccess access, Problems problems, JdbcTemplate jdbc, Clock clock,
              jakarta.validation.Validator validator) {
        this.access = access;
        this.problems = problems;
        this.jdbc = jdbc;
        this.clock = clock;
        this.validator = validator;
    }

    /** A measure of a new plan, done on the given day where the record says so. */
    public record NewMeasure(Plans.MeasureDraft draft, LocalDate completedOn) {
    }

    /** The measures of one new problem, in order, with the problem's deadline they must keep within. */
    public record NewPlan(long problemId, LocalDate problemDeadline, List<NewMeasure> measures) {
    }

    /** A measure the rules refuse: its plan's and its own position. */
    public record Refusal(int plan, int measure, BusinessException reason) {
    }

    /** What the rules say of each measure, before anything is written (the plans' problems may not exist yet). */
    public List<Refusal> check(List<NewPlan> plans) {
        List<Refusal> refusals = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        for (int p = 0; p < plans.size(); p++) {
            NewPlan plan = plans.get(p);
            for (int m = 0; m < plan.measures().size(); m++) {
                try {
                    built(plan, m, today, now);
                } catch (BusinessException e) {
                    refusals.add(new Refusal(p, m, e));
                }
            }
        }
        return refusals;
    }

    /**
     * Writes the plans of new problems of the inspection, in the caller's transaction; refused as a whole, before
     * anything is written, by the first rule a measure breaks or a problem of another inspection. Answers how many
     * measures were written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enter(long inspectionId, List<NewPlan> plans) {
        var inspection = access.writable(inspectionId, Role.INSPECTION_OFFICE);
        Set<Long> people = new HashSet<>();
        plans.forEach(plan -> plan.measures().stream().map(m -> m.draft().responsibleUserId())
                .filter(java.util.Objects::nonNull).forEach(people::add));
        problems.requireMembers(people, access.targetOf(inspection));
        Set<Long> ofTheInspection = new HashSet<>(jdbc.queryForList(
                "select id from problem where inspection_id = ?", Long.class, inspectionId));
        if (!plans.stream().allMatch(plan -> ofTheInspection.contains(plan.problemId()))) {
            throw BusinessException.notFound();
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Measure> built = new ArrayList<>();
        for (NewPlan plan : plans) {
            for (int m = 0; m < plan.measures().size(); m++) {
                built.add(built(plan, m, today, now));
            }
        }
        jdbc.batchUpdate(INSERT_MEASURE, built, STATEMENT_ROWS, (statement, measure) -> {
            statement.setLong(1, measure.getProblemId());
            statement.setInt(2, measure.getSeq());
            statement.setString(3, measure.getText());
            statement.setObject(4, measure.getResponsibleUserId(), Types.BIGINT);
            statement.setObject(5, measure.getDeadline(), Types.DATE);
            statement.setString(6, measure.getStatus().name());
            statement.setObject(7, measure.getCompletedOn(), Types.DATE);
            statement.setString(8, measure.getCompletionNote());
            statement.setObject(9, OffsetDateTime.ofInstant(measure.getCreatedAt(), ZoneOffset.UTC));
            statement.setLong(10, measure.getVersion());
        });
        return built.size();
    }

    /** The measure as adding it alone and marking it done would make it. */
    private Measure built(NewPlan plan, int index, LocalDate today, Instant now) {
        NewMeasure entry = plan.measures().get(index);
        Plans.MeasureDraft draft = entry.draft();
        Plans.requireWithinProblemDeadline(plan.problemDeadline(), draft.deadline());
        Measure measure = new Measure(plan.problemId(), index + 1, draft.text(), draft.responsibleUserId(),
                draft.deadline(), now);
        if (entry.completedOn() != null) {
            measure.complete(entry.completedOn(), null, today);
        }
        BusinessException.requireWithinLimits(validator, measure);
        return measure;
    }
}
