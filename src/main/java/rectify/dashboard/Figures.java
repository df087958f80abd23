package rectify.dashboard;

/**
 * The figures of a set of problems (domain.md): all, closed (完成), long-term (基本完成、持续整改), still being
 * rectified, overdue, reopened, closed on time; the completion rate is closed ÷ all, long-term not counted as
 * completed; the on-time rate is closed on time ÷ closed; days to close run from the feedback date.
 */
public record Figures(Figure problems, Figure closed, Figure ongoing, Figure open, Figure overdue, Figure reopened,
                      Figure closedOnTime, Double completionRate, Double onTimeRate, Double averageDaysToClose) {

    /** No problems: every figure 0, each linking to the (empty) ledger of {@code ledger}. */
    public static Figures none(String ledger) {
        Figure zero = new Figure(0, ledger);
        return new Figures(zero, zero, zero, zero, zero, zero, zero, null, null, null);
    }

    /** Rates as percentages with no decimals, as reports write them ("整改完成率76%"); "—" when there is nothing. */
    public static String percent(Double rate) {
        return rate == null ? "—" : Math.round(rate * 100) + "%";
    }

    public String completion() {
        return percent(completionRate);
    }

    public String onTime() {
        return percent(onTimeRate);
    }

    public String averageDays() {
        return averageDaysToClose == null ? "—" : String.valueOf(Math.round(averageDaysToClose));
    }
}
