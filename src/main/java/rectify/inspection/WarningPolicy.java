package rectify.inspection;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Warning level from a deadline (or, for a long-term item, its next review date) and today. Thresholds in days
 * are set by {@code rectify.warning.remind-days} (default 20) and {@code rectify.warning.warn-days} (default 10).
 */
@ConfigurationProperties("rectify.warning")
public record WarningPolicy(Integer remindDays, Integer warnDays) {

    public WarningPolicy {
        remindDays = remindDays == null ? 20 : remindDays;
        warnDays = warnDays == null ? 10 : warnDays;
    }

    public WarningLevel levelOf(ProblemStatus status, LocalDate deadline, LocalDate nextReview, LocalDate today) {
        if (status == ProblemStatus.CLOSED) {
            return WarningLevel.NORMAL;
        }
        return levelOf(dueOf(status, deadline, nextReview), today);
    }

    /** The date a problem is due: its next review date while ongoing, its deadline otherwise (ProblemSql.DUE). */
    public static LocalDate dueOf(ProblemStatus status, LocalDate deadline, LocalDate nextReview) {
        return status == ProblemStatus.ONGOING ? nextReview : deadline;
    }

    public WarningLevel levelOf(LocalDate due, LocalDate today) {
        if (due == null) {
            return WarningLevel.NORMAL;
        }
        if (due.isBefore(today)) {
            return WarningLevel.OVERDUE;
        }
        if (!due.isAfter(today.plusDays(warnDays))) {
            return WarningLevel.WARN;
        }
        if (!due.isAfter(today.plusDays(remindDays))) {
            return WarningLevel.REMIND;
        }
        return WarningLevel.NORMAL;
    }

    /** The due dates that give a level today, as [from, to] (either may be null for open-ended). */
    public LocalDate[] dueRange(WarningLevel level, LocalDate today) {
        return switch (level) {
            case OVERDUE -> new LocalDate[] {null, today.minusDays(1)};
            case WARN -> new LocalDate[] {today, today.plusDays(warnDays)};
            case REMIND -> new LocalDate[] {today.plusDays(warnDays + 1L), today.plusDays(remindDays)};
            case NORMAL -> new LocalDate[] {today.plusDays(remindDays + 1L), null};
        };
    }
}
