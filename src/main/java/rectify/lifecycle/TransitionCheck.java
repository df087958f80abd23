package rectify.lifecycle;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import rectify.inspection.Problem;
import rectify.inspection.ProblemTransition;
import rectify.org.CurrentUser;
import rectify.shared.BusinessException;

/**
 * The one check of who may start a transition now: the lifecycle table ({@link ProblemTransition#verdict}), then
 * what the table cannot know — an immediate problem may ask for closure straight from its plan, a long-term
 * approval is the last level's, and nobody decides their own work. The service enforces it; the pages show
 * exactly the buttons it allows.
 */
@Component
class TransitionCheck {

    private final ReviewerIndependence independence;

    TransitionCheck(ReviewerIndependence independence) {
        this.independence = independence;
    }

    /** Refuses with 403 (wrong role, own work) or 409 (wrong state); {@code pending} is the open closure request. */
    void require(ProblemTransition transition, Problem problem, CurrentUser user, ClosureRequest pending) {
        switch (transition.verdict(problem.getStatus(), user.roles(), pending == null ? null : pending.currentRole())) {
            case WRONG_ROLE -> throw transition.isReviewDecision()
                    ? BusinessException.forbiddenWith("lifecycle.rule.notYourLevel",
                            new DefaultMessageSourceResolvable("role." + pending.currentRole().name()))
                    : BusinessException.forbidden();
            case WRONG_STATE -> throw transition.isReviewDecision() && pending == null
                    ? BusinessException.conflict("lifecycle.rule.noPendingRequest")
                    : BusinessException.conflict("lifecycle.rule.illegal",
                            new DefaultMessageSourceResolvable("lifecycle.action." + transition.name()),
                            new DefaultMessageSourceResolvable("problem.status." + problem.getStatus().name()));
            case ALLOWED -> { }
        }
        switch (transition) {
            case REQUEST_CLOSURE -> {
                if (!problem.mayRequestClosure()) {
                    throw BusinessException.conflict("lifecycle.rule.closureOnlyImmediateFromPlan");
                }
            }
            case APPROVE_PLAN, REJECT_PLAN -> independence.requireForPlan(problem.getId(), problem.getCycle(), user);
            case APPROVE_AS_LONG_TERM -> {
                if (!pending.atLastLevel()) {
                    throw BusinessException.rule("lifecycle.rule.longTermAtLastLevel");
                }
                independence.requireForClosure(pending, user);
            }
            case APPROVE, REJECT -> independence.requireForClosure(pending, user);
            default -> { }
        }
    }

    boolean allows(ProblemTransition transition, Problem problem, CurrentUser user, ClosureRequest pending) {
        try {
            require(transition, problem, user, pending);
            return true;
        } catch (BusinessException refused) {
            return false;
        }
    }
}
