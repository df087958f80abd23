package rectify.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.audit.AuditEvent;
import rectify.audit.AuditLog;
import rectify.inspection.FeedbackCategory;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.WarningLevel;
import rectify.inspection.WarningPolicy;

/**
 * What a problem's page and its API answer show of the problem itself: the problem, its plan, its progress and its
 * history. The lifecycle (requests, decisions, earlier cycles) is the lifecycle module's own panel and API.
 */
@Service
@Transactional(readOnly = true)
public class ProblemView {

    private final InspectionAccess access;
    private final Inspections inspections;
    private final Plans plans;
    private final ProgressReports progress;
    private final AuditLog auditLog;
    private final WarningPolicy warnings;
    private final Clock clock;

    ProblemView(InspectionAccess access, Inspections inspections, Plans plans, ProgressReports progress,
                AuditLog auditLog, WarningPolicy warnings, Clock clock) {
        this.access = access;
        this.inspections = inspections;
        this.plans = plans;
        this.progress = progress;
        this.auditLog = auditLog;
        this.warnings = warnings;
        this.clock = clock;
    }

    public record Detail(Problem problem, Inspection inspection, FeedbackCategory category, WarningLevel warning,
                         List<Measure> measures, List<ProgressReports.Filed> progress, List<AuditEvent> history) {
    }

    public Detail of(long problemId) {
        Problem problem = access.readableProblem(problemId);
        Inspection inspection = access.readable(problem.getInspectionId());
        LocalDate today = LocalDate.now(clock);
        return new Detail(problem, inspection, inspections.category(problem.getCategoryId()),
                warnings.levelOf(problem.getStatus(), problem.getDeadline(), problem.getNextReviewDate(), today),
                plans.of(problemId), progress.timeline(problemId), historyOf(problem));
    }

    /** What was recorded about the problem, headed by the ledger import that entered it where one did. */
    private List<AuditEvent> historyOf(Problem problem) {
        List<AuditEvent> history = new java.util.ArrayList<>(auditLog.historyOf("Problem", problem.getId()));
        auditLog.firstHeading("Inspection", problem.getInspectionId(), rectify.inspection.ProblemBatch.AUDITED_AS,
                id -> rectify.inspection.ProblemBatch.entered(id, problem.getId())).ifPresent(i -> history.add(0, i));
        return history;
    }

    public WarningLevel warningOf(Measure measure) {
        return measure.getStatus() == MeasureStatus.DONE ? WarningLevel.NORMAL
                : warnings.levelOf(measure.getDeadline(), LocalDate.now(clock));
    }
}
