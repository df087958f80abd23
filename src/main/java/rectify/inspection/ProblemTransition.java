package rectify.inspection;

import java.util.EnumSet;
import java.util.Set;

import static rectify.inspection.ProblemStatus.*;

/** The lifecycle's transitions and the statuses each may start from (domain.md's diagram). */
public enum ProblemTransition {
    SUBMIT_PLAN(PLANNING),
    APPROVE_PLAN(PLAN_REVIEW),
    REJECT_PLAN(PLAN_REVIEW),
    REQUEST_CLOSURE(PLANNING, IN_PROGRESS, ONGOING, CLOSURE_REVIEW),
    APPROVE(CLOSURE_REVIEW),
    APPROVE_AS_LONG_TERM(CLOSURE_REVIEW),
    REJECT(CLOSURE_REVIEW),
    REOPEN(CLOSED);

    private final Set<ProblemStatus> from;

    ProblemTransition(ProblemStatus first, ProblemStatus... more) {
        this.from = EnumSet.of(first, more);
    }

    public boolean allowedFrom(ProblemStatus status) {
        return from.contains(status);
    }
}
