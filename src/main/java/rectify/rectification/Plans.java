package rectify.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.inspection.Problems;
import rectify.org.CurrentUser;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * The plan of each problem: its measures, in order. The coordinator (or the inspection office) builds it; the
 * person responsible for a measure may mark it done. Removed measures stay on record.
 */
@Service
@Transactional
public class Plans {

    static final String ENTITY = "Measure";

    private final MeasureRepository measures;
    private final InspectionAccess access;
    private final Problems problems;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProgressReportRepository progressReports;

    Plans(MeasureRepository measures, InspectionAccess access, Problems problems, ApplicationEventPublisher events,
          Clock clock, ProgressReportRepository progressReports) {
        this.progressReports = progressReports;
        this.measures = measures;
        this.access = access;
        this.problems = problems;
        this.events = events;
        this.clock = clock;
    }

    public record MeasureDraft(String text, Long responsibleUserId, LocalDate deadline) {
    }

    /** A change of a measure's completion: DONE with its date and note, or back to PENDING. */
    public record Completion(MeasureStatus status, LocalDate completedOn, String note) {
    }

    @Transactional(readOnly = true)
    public List<Measure> of(long problemId) {
        access.readableProblem(problemId);
        return measures.findByProblemIdAndRemovedAtIsNullOrderBySeq(problemId);
    }

    /** The current measures of many problems at once, by problem (for documents); the caller checked the scope. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Measure>> ofProblems(java.util.Collection<Long> problemIds) {
        if (problemIds.isEmpty()) {
            return java.util.Map.of();
        }
        return measures.findByProblemIdInAndRemovedAtIsNullOrderByProblemIdAscSeqAsc(problemIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(Measure::getProblemId));
    }

    @Transactional(readOnly = true)
    public Measure get(long measureId) {
        Measure measure = measures.findById(measureId).filter(m -> !m.isRemoved())
                .orElseThrow(BusinessException::notFound);
        access.readableProblem(measure.getProblemId());
        return measure;
    }

    public Measure add(long problemId, MeasureDraft draft) {
        Problem problem = openProblem(access.writableProblem(problemId, InspectionAccess.PLANNERS));
        requireMember(problem, draft.responsibleUserId());
        requireWithinProblemDeadline(problem, draft.deadline());
        Measure measure = measures.saveAndFlush(new Measure(problemId, measures.maxSeq(problemId) + 1, draft.text(),
                draft.responsibleUserId(), draft.deadline(), clock.instant()));
        events.publishEvent(EntityChanged.created(ENTITY, measure.getId(), described(problem, measure), measure.snapshot())
                .about("Problem", problemId));
        return measure;
    }

    public Measure edit(long measureId, long expectedVersion, MeasureDraft draft) {
        Measure measure = versioned(measureId, expectedVersion);
        Problem problem = openProblem(access.writableProblem(measure.getProblemId(), InspectionAccess.PLANNERS));
        requireMember(problem, draft.responsibleUserId());
        // once the plan is under review or approved, a measure's deadline moves only with the problem's extension
        if (problem.getStatus() != ProblemStatus.PLANNING
                && !java.util.Objects.equals(measure.getDeadline(), draft.deadline())) {
            throw BusinessException.conflict("measure.rule.deadlineByExtension");
        }
        requireWithinProblemDeadline(problem, draft.deadline());
        Map<String, Object> before = measure.snapshot();
        measure.edit(draft.text(), draft.responsibleUserId(), draft.deadline());
        return changed(problem, measure, before);
    }

    /** Marks a measure done or pending: the planners, or the person the measure is assigned to. */
    public Measure complete(long measureId, long expectedVersion, Completion completion) {
        Measure measure = versioned(measureId, expectedVersion);
        Problem problem = openProblem(access.readableProblem(measure.getProblemId()));
        CurrentUser user = CurrentUser.require();
        boolean assignee = measure.getResponsibleUserId() != null && measure.getResponsibleUserId() == user.id();
        if (!assignee && !user.hasAny(InspectionAccess.PLANNERS)) {
            throw BusinessException.forbidden();
        }
        Map<String, Object> before = measure.snapshot();
        if (completion.status() == MeasureStatus.DONE) {
            measure.complete(completion.completedOn(), completion.note(), LocalDate.now(clock));
        } else {
            measure.reopen();
        }
        return changed(problem, measure, before);
    }

    /**
     * Takes a measure out of the plan. While the plan is being made that is an edit; once it was submitted the
     * measure is voided and must say why (the history keeps it and the reason).
     */
    public void remove(long measureId, long expectedVersion, String reason) {
        Measure measure = versioned(measureId, expectedVersion);
        Problem problem = openProblem(access.writableProblem(measure.getProblemId(), InspectionAccess.PLANNERS));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && problem.getStatus() != rectify.inspection.ProblemStatus.PLANNING) {
            throw BusinessException.rule("measure.rule.removalReason").onField("reason");
        }
        Map<String, Object> before = measure.snapshot();
        measure.remove(clock.instant(), why);
        measures.flush();
        events.publishEvent(EntityChanged.deleted(ENTITY, measureId, described(problem, measure)
                        + (why == null ? "" : "（作废理由：" + why + "）"), before)
                .about("Problem", problem.getId()));
        renumber(measures.findByProblemIdAndRemovedAtIsNullOrderBySeq(problem.getId()));
    }

    /**
     * A problem voided while its plan was being made takes its draft measures with it; one with progress filed
     * is not a mistake to void, and the void is refused.
     */
    @org.springframework.context.event.EventListener
    void onProblemVoided(rectify.inspection.ProblemVoided voided) {
        if (progressReports.existsByProblemId(voided.problemId())) {
            throw BusinessException.conflict("problem.rule.voidHasProgress");
        }
        measures.deleteAll(measures.findByProblemIdOrderBySeq(voided.problemId()));
        measures.flush();
    }

    /** Puts the measures in the given order; the list must name every current measure once. */
    public List<Measure> reorder(long problemId, List<Long> orderedIds) {
        Problem problem = openProblem(access.writableProblem(problemId, InspectionAccess.PLANNERS));
        List<Measure> current = measures.findByProblemIdAndRemovedAtIsNullOrderBySeq(problemId);
        Set<Long> currentIds = new java.util.HashSet<>(current.stream().map(Measure::getId).toList());
        if (orderedIds == null || orderedIds.size() != current.size() || !currentIds.equals(Set.copyOf(orderedIds))) {
            throw BusinessException.conflict("measure.rule.reorderStale");
        }
        Map<Long, Measure> byId = new java.util.HashMap<>();
        current.forEach(m -> byId.put(m.getId(), m));
        List<Measure> ordered = new ArrayList<>();
        orderedIds.forEach(id -> ordered.add(byId.get(id)));
        List<Integer> before = current.stream().map(m -> m.getId().intValue()).toList();
        renumber(ordered);
        events.publishEvent(EntityChanged.updated(ENTITY + "Order", problemId, problem.getSeq() + ". " + problem.getTitle(),
                Map.of("order", before), Map.of("order", orderedIds)).about("Problem", problemId));
        return ordered;
    }

    /** Moves one measure up or down by one place. */
    public void move(long measureId, boolean up) {
        Measure measure = get(measureId);
        List<Long> ids = new ArrayList<>(measures.findByProblemIdAndRemovedAtIsNullOrderBySeq(measure.getProblemId())
                .stream().map(Measure::getId).toList());
        int index = ids.indexOf(measureId);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ids.size()) {
            return;
        }
        java.util.Collections.swap(ids, index, other);
        reorder(measure.getProblemId(), ids);
    }

    private void renumber(List<Measure> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
        measures.flush();
    }

    private Measure changed(Problem problem, Measure measure, Map<String, Object> before) {
        measures.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, measure.getId(), described(problem, measure), before,
                measure.snapshot()).about("Problem", problem.getId()));
        return measure;
    }

    private Measure versioned(long measureId, long expectedVersion) {
        Measure measure = get(measureId);
        BusinessException.requireVersion(measure.getVersion(), expectedVersion);
        return measure;
    }

    private void requireMember(Problem problem, Long userId) {
        if (userId != null) {
            problems.requireMembers(List.of(userId), access.targetOf(access.readable(problem.getInspectionId())));
        }
    }

    static Problem openProblem(Problem problem) {
        if (!problem.getStatus().isOpen()) {
            throw BusinessException.conflict("problem.rule.closed");
        }
        return problem;
    }

    private static String summary(Problem problem, Measure measure) {
        return problem.getSeq() + "." + measure.getSeq() + " " + abbreviate(measure.getText());
    }

    /** The history's words for a measure, marked where the inspection office enters it for the unit (代录). */
    private static String described(Problem problem, Measure measure) {
        return rectify.inspection.OnBehalf.mark(rectify.inspection.OnBehalf.of(CurrentUser.require(), problem))
                + summary(problem, measure);
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** A measure is done by the time its problem must be: its deadline is never after the problem's. */
    private static void requireWithinProblemDeadline(Problem problem, LocalDate deadline) {
        requireWithinProblemDeadline(problem.getDeadline(), deadline);
    }

    static void requireWithinProblemDeadline(LocalDate problemDeadline, LocalDate deadline) {
        if (deadline != null && problemDeadline != null && deadline.isAfter(problemDeadline)) {
            throw BusinessException.rule("measure.rule.afterProblemDeadline", problemDeadline.toString()).onField("deadline");
        }
    }
}
