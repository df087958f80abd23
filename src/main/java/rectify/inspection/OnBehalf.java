package rectify.inspection;

import rectify.org.CurrentUser;
import rectify.org.Role;

/**
 * 代录: the unit plans and reports its own rectification; what the inspection office enters there for it (a measure,
 * a measure done, progress) is marked as entered on the unit's behalf, in the record and in the history.
 */
public final class OnBehalf {

    private static final String MARK = "（巡察办代录）";

    private OnBehalf() {
    }

    public static boolean of(CurrentUser user, Problem problem) {
        return user.has(Role.INSPECTION_OFFICE) && !problem.isResponsible(user.id());
    }

    /** The words that open a history line entered on the unit's behalf; empty otherwise. */
    public static String mark(boolean onBehalf) {
        return onBehalf ? MARK : "";
    }
}
