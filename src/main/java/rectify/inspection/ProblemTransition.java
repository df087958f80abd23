package rectify.inspection;

import java.util.EnumSet;
import java.util.Set;

import rectify.org.Role;

import static rectify.inspection.ProblemStatus.*;

/**
 * The lifecycle as one table (domain.md's diagram): each transition, who may start it, and the statuses it may
 * start from. A review decision is started by the role of the level the pending closure request has reached.
 * {@link #verdict} answers for the service that enforces it and for the pages that show the buttons.
 */
public enum ProblemTransition {
    SUBMIT_PLAN(EnumSet.of(Role.UNIT_COORDINATOR, Role.INSPECTION_OFFICE), PLANNING),
    APPROVE_PLAN(EnumSet.of(Role.INSPECTION_OFFICE), PLAN_REVIEW),
    REJECT_PLAN(EnumSet.of(Role.INSPECTION_OFFICE), PLAN_REVIEW),
    REQUEST_CLOSURE(EnumSet.of(Role.UNIT_COORDINATOR), PLANNING, IN_PROGRESS, ONGOING, CLOSURE_REVIEW),
    APPROVE(EnumSet.noneOf(Role.class), CLOSURE_REVIEW),
    APPROVE_AS_LONG_TERM(EnumSet.noneOf(Role.class), CLOSURE_REVIEW),
    REJECT(EnumSet.noneOf(Role.class), CLOSURE_REVIEW),
    REOPEN(EnumSet.of(Role.INSPECTION_OFFICE), CLOSED);

    /** What the table says about one caller and one problem. */
    public enum Verdict { ALLOWED, WRONG_ROLE, WRONG_STATE }

    private final Set<Role> startedBy;
    private final Set<ProblemStatus> from;

    ProblemTransition(Set<Role> startedBy, ProblemStatus first, ProblemStatus... more) {
        this.startedBy = startedBy;
        this.from = EnumSet.of(first, more);
    }

    public boolean allowedFrom(ProblemStatus status) {
        return from.contains(status);
    }

    /** A decision on a closure request, started by whoever holds the level the request has reached. */
    public boolean isReviewDecision() {
        return startedBy.isEmpty();
    }

    /**
     * The caller's roles against the table: the role is checked first (403), then the status (409). A review
     * decision needs a pending request; its level's role is {@code levelRole} (null when nothing is pending).
     */
    public Verdict verdict(ProblemStatus status, Set<Role> roles, Role levelRole) {
        if (isReviewDecision()) {
            if (levelRole == null || !allowedFrom(status)) {
                return Verdict.WRONG_STATE;
            }
            return roles.contains(levelRole) ? Verdict.ALLOWED : Verdict.WRONG_ROLE;
        }
        if (roles.stream().noneMatch(startedBy::contains)) {
            return Verdict.WRONG_ROLE;
        }
        return allowedFrom(status) ? Verdict.ALLOWED : Verdict.WRONG_STATE;
    }
}
