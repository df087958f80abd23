package rectify.shared;

import java.time.LocalDate;

/**
 * Dates a rectification can have: from 1949 to 2100. Anything outside (a typo such as 20226-01-01, or
 * +999999999-12-31 sent to the API) is refused with a sentence instead of being stored as some other date.
 */
public final class SaneDates {

    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private SaneDates() {
    }

    public static LocalDate check(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw BusinessException.rule("date.rule.outOfRange", date.toString(), EARLIEST.getYear(), LATEST.getYear());
        }
        return date;
    }
}
