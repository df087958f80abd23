package rectify.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.inspection.Problems;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.rectification.Plans;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * Deadline extensions (延期): asked for by the people who answer for a problem, decided by the inspection office.
 * The problem keeps its original deadline; every request and decision stays on record.
 */
@Service
@Transactional
public class Extensions {

    private final ExtensionRequestRepository requests;
    private final ReviewDecisionRepository decisions;
    private final InspectionAccess access;
    private final Plans plans;
    private final Lifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReviewerIndependence independence;

    Extensions(ExtensionRequestRepository requests, ReviewDecisionRepository decisions, InspectionAccess access,
               Plans plans, Lifecycle lifecycle, ApplicationEventPublisher events, Clock clock,
               ReviewerIndependence independence) {
        this.independence = independence;
        this.requests = requests;
        this.decisions = decisions;
        this.access = access;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    public ExtensionRequest request(long problemId, LocalDate newDeadline, String reason) {
        Problem problem = access.readableProblem(problemId);
        CurrentUser user = CurrentUser.require();
        if (!mayAsk(user, problem)) {
            throw BusinessException.forbiddenWith("extension.rule.notYours");
        }
        if (problem.getStatus() == ProblemStatus.PLANNING) {
            throw BusinessException.conflict("extension.rule.planning");
        }
        if (problem.getStatus() == ProblemStatus.CLOSED) {
            throw BusinessException.conflict("problem.rule.closed");
        }
        if (Lifecycle.blankToNull(reason) == null) {
            throw BusinessException.rule("extension.rule.reason").onField("reason");
        }
        if (newDeadline == null || !newDeadline.isAfter(LocalDate.now(clock))
                || newDeadline.equals(problem.getDeadline())) {
            throw BusinessException.rule("extension.rule.date").onField("newDeadline");
        }
        if (requests.findFirstByProblemIdAndStatus(problemId, ExtensionRequest.Status.PENDING).isPresent()) {
            throw BusinessException.conflict("extension.rule.pending");
        }
        ExtensionRequest created = requests.saveAndFlush(new ExtensionRequest(problemId, problem.getCycle(),
                problem.getDeadline(), newDeadline, reason.strip(), user.id(), clock.instant()));
        events.publishEvent(EntityChanged.created("ExtensionRequest", created.getId(),
                problem.getSeq() + ". " + problem.getTitle(), Map.of("oldDeadline", String.valueOf(problem.getDeadline()),
                        "newDeadline", newDeadline.toString(), "reason", created.getReason())).about("Problem", problemId));
        events.publishEvent(new LifecycleEvents.ExtensionRequested(problemId, unitOf(problem),
                problem.getSeq() + ". " + problem.getTitle(), newDeadline));
        return created;
    }

    private long unitOf(Problem problem) {
        return access.readable(problem.getInspectionId()).getTargetUnitId();
    }

    /** Who may ask to move a problem's deadline: its responsible people, a measure's assignee, the coordinator. */
    boolean mayAsk(CurrentUser user, Problem problem) {
        return problem.isResponsible(user.id()) || user.has(Role.UNIT_COORDINATOR)
                || plans.of(problem.getId()).stream().anyMatch(m -> m.getResponsibleUserId() != null
                && m.getResponsibleUserId() == user.id());
    }

    public ExtensionRequest decide(long requestId, boolean approve, String comment) {
        ExtensionRequest request = requests.findById(requestId).orElseThrow(BusinessException::notFound);
        Problem problem = access.readableProblem(request.getProblemId());
        InspectionAccess.requireRole(Role.INSPECTION_OFFICE);
        CurrentUser user = CurrentUser.require();
        independence.requireForExtension(request, user);
        String note = Lifecycle.blankToNull(comment);
        if (!approve && note == null) {
            throw BusinessException.rule("lifecycle.rule.rejectComment").onField("comment");
        }
        Map<String, Object> before = problem.snapshot();
        request.decide(approve, note, user.id(), clock.instant());
        if (approve) {
            problem.extendDeadline(request.getNewDeadline());
            lifecycle.record(problem, "EXTEND_DEADLINE", problem.getStatus(), note, user);
        }
        decisions.save(new ReviewDecision(problem.getId(), problem.getCycle(), "EXTENSION", request.getId(), null,
                Role.INSPECTION_OFFICE.name(), approve ? "APPROVED" : "REJECTED", note, user.id(), clock.instant()));
        requests.flush();
        events.publishEvent(EntityChanged.updated(Problems.ENTITY, problem.getId(),
                (approve ? "extension approved " : "extension rejected ") + problem.getSeq() + ". " + problem.getTitle(),
                before, problem.snapshot()).about("Problem", problem.getId()));
        String title = problem.getSeq() + ". " + problem.getTitle();
        events.publishEvent(approve
                ? new LifecycleEvents.DeadlineExtended(problem.getId(), unitOf(problem), title, request.getRequestedBy(),
                        request.getOldDeadline(), request.getNewDeadline())
                : new LifecycleEvents.ExtensionRefused(problem.getId(), unitOf(problem), title, request.getRequestedBy(),
                        note));
        return request;
    }
}
