package rectify.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How often a standing duty recurs, as periods: weeks counted from the duty's first day, calendar months, or
 * calendar quarters. Each period is due on its last day.
 */
public enum Recurrence {
    WEEKLY, MONTHLY, QUARTERLY;

    /** The first day of the period that holds {@code day}, for a duty that starts on {@code firstDay}. */
    public LocalDate periodStart(LocalDate day, LocalDate firstDay) {
        return switch (this) {
            case WEEKLY -> firstDay.plusWeeks(Math.floorDiv(ChronoUnit.DAYS.between(firstDay, day), 7));
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    public LocalDate nextStart(LocalDate periodStart) {
        return switch (this) {
            case WEEKLY -> periodStart.plusWeeks(1);
            case MONTHLY -> periodStart.plusMonths(1);
            case QUARTERLY -> periodStart.plusMonths(3);
        };
    }

    /** The last day of the period: the day it is due. */
    public LocalDate dueOn(LocalDate periodStart) {
        return nextStart(periodStart).minusDays(1);
    }
}
