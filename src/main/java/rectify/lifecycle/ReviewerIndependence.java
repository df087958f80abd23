package rectify.lifecycle;

import org.springframework.stereotype.Component;

import rectify.org.CurrentUser;
import rectify.shared.BusinessException;

/**
 * No one decides on their own work, whatever roles they hold: whoever asked for a closure or an extension, or
 * submitted a plan, may not decide it, and whoever decided one level of a closure may not decide a later one.
 * One rule, asked where a decision is made, where the page decides which buttons to show, and by the inbox.
 */
@Component
class ReviewerIndependence {

    private final ReviewDecisionRepository decisions;
    private final TransitionRecordRepository transitions;

    ReviewerIndependence(ReviewDecisionRepository decisions, TransitionRecordRepository transitions) {
        this.decisions = decisions;
        this.transitions = transitions;
    }

    boolean mayDecideClosure(ClosureRequest request, long userId) {
        return request.getRequestedBy() != userId
                && !decisions.existsBySubjectAndRequestIdAndDecidedBy("CLOSURE", request.getId(), userId);
    }

    void requireForClosure(ClosureRequest request, CurrentUser user) {
        if (request.getRequestedBy() == user.id()) {
            throw BusinessException.forbiddenWith("lifecycle.rule.ownRequest");
        }
        if (!mayDecideClosure(request, user.id())) {
            throw BusinessException.forbiddenWith("lifecycle.rule.decidedEarlierLevel");
        }
    }

    void requireForExtension(ExtensionRequest request, CurrentUser user) {
        if (request.getRequestedBy() == user.id()) {
            throw BusinessException.forbiddenWith("lifecycle.rule.ownRequest");
        }
    }

    /** The plan under review was not submitted by this person (in its current cycle). */
    boolean mayDecidePlan(long problemId, int cycle, long userId) {
        return transitions.findByProblemIdOrderByOccurredAtAscIdAsc(problemId).stream()
                .filter(t -> t.getCycle() == cycle && "SUBMIT_PLAN".equals(t.getAction())).reduce((a, b) -> b)
                .map(t -> t.getActorId() != userId).orElse(true);
    }

    void requireForPlan(long problemId, int cycle, CurrentUser user) {
        if (!mayDecidePlan(problemId, cycle, user.id())) {
            throw BusinessException.forbiddenWith("lifecycle.rule.ownPlan");
        }
    }
}
