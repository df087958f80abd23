package rectify.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.inspection.ProblemTransition.Verdict.*;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import rectify.inspection.ProblemStatus;
import rectify.inspection.ProblemTransition;
import rectify.inspection.ProblemTransition.Verdict;
import rectify.org.Role;

/**
 * The whole lifecycle table, stated without a database or a web server: for every transition, every status and
 * every role, whether it may start (ALLOWED), is someone else's to start (WRONG_ROLE, 403) or cannot start from
 * there (WRONG_STATE, 409). A change to who may do what in domain.md's diagram changes this table first.
 */
class LifecycleTableTest {

    /** Transition → the roles that start it ("level" = the pending request's level) → the statuses it starts from. */
    private static final String TABLE = """
            SUBMIT_PLAN          | UNIT_COORDINATOR INSPECTION_OFFICE | PLANNING
            APPROVE_PLAN         | INSPECTION_OFFICE                  | PLAN_REVIEW
            REJECT_PLAN          | INSPECTION_OFFICE                  | PLAN_REVIEW
            REQUEST_CLOSURE      | UNIT_COORDINATOR                   | PLANNING IN_PROGRESS ONGOING CLOSURE_REVIEW
            APPROVE              | level                              | CLOSURE_REVIEW
            APPROVE_AS_LONG_TERM | level                              | CLOSURE_REVIEW
            REJECT               | level                              | CLOSURE_REVIEW
            REOPEN               | INSPECTION_OFFICE                  | CLOSED
            """;

    @Test
    void everyTransitionStatusAndRoleGetsTheVerdictTheTableStates() {
        int checked = 0;
        for (String line : TABLE.strip().split("\n")) {
            String[] columns = line.split("\\|");
            ProblemTransition transition = ProblemTransition.valueOf(columns[0].strip());
            boolean byLevel = columns[1].strip().equals("level");
            Set<Role> starters = EnumSet.noneOf(Role.class);
            if (!byLevel) {
                for (String role : columns[1].strip().split("\\s+")) {
                    starters.add(Role.valueOf(role));
                }
            }
            Set<ProblemStatus> from = EnumSet.noneOf(ProblemStatus.class);
            for (String status : columns[2].strip().split("\\s+")) {
                from.add(ProblemStatus.valueOf(status));
            }
            for (ProblemStatus status : ProblemStatus.values()) {
                for (Role role : Role.values()) {
                    // a review decision is started by the level's role: try each level a request may reach
                    for (Role level : byLevel ? new Role[] {Role.UNIT_LEADER, Role.INSPECTION_OFFICE} : new Role[] {null}) {
                        Verdict expected = byLevel
                                ? (!from.contains(status) ? WRONG_STATE : role == level ? ALLOWED : WRONG_ROLE)
                                : (!starters.contains(role) ? WRONG_ROLE : from.contains(status) ? ALLOWED : WRONG_STATE);
                        assertThat(transition.verdict(status, Set.of(role), level))
                                .as("%s from %s by %s (level %s)", transition, status, role, level).isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(TABLE.strip().split("\n")).as("every transition is in the table").hasSize(ProblemTransition.values().length);
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void aReviewDecisionWithNothingPendingIsTheWrongState() {
        assertThat(ProblemTransition.APPROVE.verdict(ProblemStatus.CLOSURE_REVIEW, Set.of(Role.INSPECTION_OFFICE), null))
                .isEqualTo(WRONG_STATE);
    }

    @Test
    void aPersonWithSeveralRolesMayStartWhatAnyOfThemMay() {
        assertThat(ProblemTransition.REOPEN.verdict(ProblemStatus.CLOSED,
                Set.of(Role.RESPONSIBLE, Role.INSPECTION_OFFICE), null)).isEqualTo(ALLOWED);
    }
}
