package rectify.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * Something with a due date the reminder job watches: a problem (its deadline, or its next review date when long
 * term), a pending measure, a supervision order waiting for its reply, or a standing duty's period not yet done. {@code people} answer for it first,
 * {@code leader} hears from WARN on; the unit's principal and the inspection office hear when it is overdue.
 */
record DueItem(Kind kind, long id, String title, long unitId, String unitPath, String unitName, LocalDate due,
               Set<Long> people, Long leader, Long issuer, String link) {

    enum Kind { PROBLEM, MEASURE, ORDER, DUTY }

    /** Who answers for it now: a change here makes the item new again for the reminders. */
    String assignees() {
        return people.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("") + "|"
                + (leader == null ? "" : leader);
    }
}
