package rectify.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.evidence.Attachment;
import rectify.evidence.Evidence;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.inspection.ProblemTransition;
import rectify.inspection.Problems;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.rectification.MeasureStatus;
import rectify.rectification.Plans;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * Moves problems through their lifecycle. Every transition is checked for the caller's scope, role and — for a
 * closure decision — being the reviewer of the request's current level; the problem aggregate checks the status.
 * Each step is recorded with who, when and why, and audited with the problem's state before and after.
 */
@Service
@Transactional
public class Lifecycle {

    private final InspectionAccess access;
    private final Plans plans;
    private final Evidence evidence;
    private final ClosureRequestRepository requests;
    private final ReviewDecisionRepository decisions;
    private final TransitionRecordRepository transitions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransitionCheck check;

    Lifecycle(InspectionAccess access, Plans plans, Evidence evidence, ClosureRequestRepository requests,
              ReviewDecisionRepository decisions, TransitionRecordRepository transitions,
              ApplicationEventPublisher events, Clock clock, TransitionCheck check) {
        this.check = check;
        this.access = access;
        this.plans = plans;
        this.evidence = evidence;
        this.requests = requests;
        this.decisions = decisions;
        this.transitions = transitions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The summary (整改情况) of each problem's latest approved closure request: what the report writes under the
     * problem. One query for all the problems.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> approvedSummaries(java.util.Collection<Long> problemIds) {
        Map<Long, String> summaries = new java.util.HashMap<>();
        if (problemIds.isEmpty()) {
            return summaries;
        }
        // ordered oldest first, so the latest approval of each problem is the one left in the map
        requests.findByProblemIdInAndStatusInOrderByRequestedAtAscIdAsc(problemIds,
                        List.of(ClosureRequestStatus.APPROVED, ClosureRequestStatus.APPROVED_LONG_TERM))
                .forEach(r -> summaries.put(r.getProblemId(), r.getSummary()));
        return summaries;
    }

    /** What a transition carries; which fields matter depends on the action. */
    public record Request(ProblemTransition action, String comment, String summary, Set<Long> attachmentIds,
                          String stageGoal, LocalDate nextReviewDate, Long version) {
        public Request {
            attachmentIds = attachmentIds == null ? Set.of() : attachmentIds;
        }

        public static Request of(ProblemTransition action, String comment) {
            return new Request(action, comment, null, Set.of(), null, null, null);
        }
    }

    public Problem apply(long problemId, Request request) {
        return apply(problemId, request, List.of());
    }

    /** As {@link #apply(long, Request)}; a closure request may bring new evidence files along. */
    public Problem apply(long problemId, Request request, List<Evidence.Upload> newEvidence) {
        if (request.action() == null) {
            throw BusinessException.badRequest("lifecycle.rule.action");
        }
        Problem problem = access.readableProblem(problemId);
        if (request.version() != null) {
            BusinessException.requireVersion(problem.getVersion(), request.version());
        }
        Inspection inspection = access.readable(problem.getInspectionId());
        CurrentUser user = CurrentUser.require();
        ProblemStatus from = problem.getStatus();
        Map<String, Object> before = problem.snapshot();
        LocalDate today = LocalDate.now(clock);
        String comment = blankToNull(request.comment());
        ClosureRequest pending = requests.findFirstByProblemIdAndStatus(problemId, ClosureRequestStatus.PENDING)
                .orElse(null);
        check.require(request.action(), problem, user, pending);
        switch (request.action()) {
            case SUBMIT_PLAN -> {
                requirePlanComplete(problem);
                problem.submitPlan(inspection.isPlanReviewRequired());
            }
            case APPROVE_PLAN -> {
                problem.approvePlan();
                decide(problem, "PLAN", null, null, Role.INSPECTION_OFFICE, "APPROVED", comment, user);
            }
            case REJECT_PLAN -> {
                requireComment(comment, "lifecycle.rule.rejectComment");
                problem.rejectPlan();
                decide(problem, "PLAN", null, null, Role.INSPECTION_OFFICE, "REJECTED", comment, user);
            }
            case REQUEST_CLOSURE -> requestClosure(problem, inspection, request, newEvidence, user);
            case APPROVE, APPROVE_AS_LONG_TERM, REJECT -> decideClosure(problem, pending, request, comment, user, today);
            case REOPEN -> {
                requireComment(comment, "lifecycle.rule.reopenReason");
                problem.reopen();
            }
        }
        record(problem, request.action().name(), from, comment, user);
        requests.flush();
        publishBusinessEvent(request.action(), problem, inspection);
        events.publishEvent(EntityChanged.updated(Problems.ENTITY, problemId,
                request.action().name() + " " + problem.getSeq() + ". " + problem.getTitle(), before,
                problem.snapshot()).about("Problem", problemId));
        return problem;
    }

    /** What happened, in the words other modules listen for (LifecycleEvents). */
    private void publishBusinessEvent(ProblemTransition action, Problem problem, Inspection inspection) {
        long id = problem.getId();
        long unit = inspection.getTargetUnitId();
        String title = problem.getSeq() + ". " + problem.getTitle();
        Role waitingFor = requests.findFirstByProblemIdAndStatus(id, ClosureRequestStatus.PENDING)
                .map(ClosureRequest::currentRole).orElse(null);
        Object event = switch (action) {
            case SUBMIT_PLAN -> new LifecycleEvents.PlanSubmitted(id, unit, title,
                    problem.getStatus() == ProblemStatus.PLAN_REVIEW);
            case APPROVE_PLAN, REJECT_PLAN -> new LifecycleEvents.PlanDecided(id, unit, title,
                    action == ProblemTransition.APPROVE_PLAN);
            case REQUEST_CLOSURE -> new LifecycleEvents.ClosureRequested(id, unit, title, waitingFor);
            case APPROVE, APPROVE_AS_LONG_TERM, REJECT -> new LifecycleEvents.ClosureDecided(id, unit, title,
                    action.name(), waitingFor);
            case REOPEN -> new LifecycleEvents.Reopened(id, unit, title);
        };
        events.publishEvent(event);
    }

    private void requestClosure(Problem problem, Inspection inspection, Request request,
                                List<Evidence.Upload> newEvidence, CurrentUser user) {
        String summary = blankToNull(request.summary());
        if (summary == null) {
            throw BusinessException.rule("lifecycle.rule.summary").onField("summary");
        }
        if (plans.of(problem.getId()).stream().anyMatch(m -> m.getStatus() == MeasureStatus.PENDING)) {
            throw BusinessException.rule("lifecycle.rule.measuresPending");
        }
        Set<Long> known = new HashSet<>(evidence.ofProblem(problem.getId()).stream().map(Attachment::getId).toList());
        if (!known.containsAll(request.attachmentIds())) {
            throw BusinessException.rule("lifecycle.rule.evidenceNotOfProblem");
        }
        if (request.attachmentIds().isEmpty() && newEvidence.isEmpty()) {
            throw BusinessException.rule("lifecycle.rule.evidenceMissing");
        }
        requests.findFirstByProblemIdAndStatus(problem.getId(), ClosureRequestStatus.PENDING)
                .ifPresent(pending -> pending.finish(ClosureRequestStatus.REPLACED, clock.instant()));
        problem.requestClosure();
        ClosureRequest created = requests.saveAndFlush(new ClosureRequest(problem.getId(), problem.getCycle(), summary,
                inspection.getClosureLevels(), request.attachmentIds(), user.id(), clock.instant()));
        if (!newEvidence.isEmpty()) {
            List<Attachment> stored = evidence.attach(new Attachment.Owner("ClosureRequest", created.getId(),
                    inspection.getTargetUnitId(), inspection.getId(), problem.getId()), newEvidence);
            created.addEvidence(stored.stream().map(Attachment::getId).toList());
        }
    }

    /** Who may decide at this level was checked with the transition (TransitionCheck). */
    private void decideClosure(Problem problem, ClosureRequest pending, Request request, String comment,
                               CurrentUser user, LocalDate today) {
        Role level = pending.currentRole();
        int levelNo = pending.getCurrentLevel() + 1;
        switch (request.action()) {
            case REJECT -> {
                requireComment(comment, "lifecycle.rule.rejectComment");
                pending.finish(ClosureRequestStatus.REJECTED, clock.instant());
                problem.rejectClosure();
                decide(problem, "CLOSURE", pending.getId(), levelNo, level, "REJECTED", comment, user);
            }
            case APPROVE_AS_LONG_TERM -> {
                problem.approveAsLongTerm(request.stageGoal(), request.nextReviewDate(), today);
                pending.finish(ClosureRequestStatus.APPROVED_LONG_TERM, clock.instant());
                decide(problem, "CLOSURE", pending.getId(), levelNo, level, "APPROVED_AS_LONG_TERM", comment, user);
            }
            default -> {
                if (pending.atLastLevel()) {
                    pending.finish(ClosureRequestStatus.APPROVED, clock.instant());
                    problem.close(today);
                } else {
                    pending.advance();
                }
                decide(problem, "CLOSURE", pending.getId(), levelNo, level, "APPROVED", comment, user);
            }
        }
    }

    /** A plan goes to review only with every item of its checklist; the refusal names what is missing. */
    private void requirePlanComplete(Problem problem) {
        PlanChecklist checklist = PlanChecklist.of(problem, plans.of(problem.getId()).size());
        if (!checklist.complete()) {
            throw BusinessException.rule("lifecycle.rule.planIncomplete", checklist.missing().stream()
                    .map(key -> new org.springframework.context.support.DefaultMessageSourceResolvable("plan.check." + key))
                    .toList());
        }
    }

    private void decide(Problem problem, String subject, Long requestId, Integer levelNo, Role role, String decision,
                        String comment, CurrentUser user) {
        decisions.save(new ReviewDecision(problem.getId(), problem.getCycle(), subject, requestId, levelNo,
                role.name(), decision, comment, user.id(), clock.instant()));
    }

    void record(Problem problem, String action, ProblemStatus from, String comment, CurrentUser user) {
        transitions.save(new TransitionRecord(problem.getId(), problem.getCycle(), action, from, problem.getStatus(),
                comment, user.id(), clock.instant()));
    }

    private static void requireComment(String comment, String key) {
        if (comment == null) {
            throw BusinessException.rule(key);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
