package rectify.inspection;

import java.time.LocalDate;

/**
 * What earlier records (a report, a progress notice, a ledger's 整改状态 column) say about a problem, in their own
 * words, and how the system enters it: one reading of the words for every importer, and one rule for the date an
 * ongoing problem is next checked.
 */
public final class StatusWords {

    /** An ongoing problem whose record names no review date is checked this long after the record's date. */
    public static final int REVIEW_AFTER_MONTHS = 3;

    private StatusWords() {
    }

    /**
     * The status words name: "已整改到位", "已完成", "整改完成", "已销号" → CLOSED; "基本整改到位（持续整改）", "持续整改",
     * "长期坚持" → ONGOING; any other words ("正在整改", "整改中") → IN_PROGRESS; blank → null.
     */
    public static ProblemStatus of(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String w = words.strip();
        if (w.startsWith("已") || w.startsWith("整改完成")) {
            return ProblemStatus.CLOSED;
        }
        if (w.startsWith("基本") || w.startsWith("持续") || w.startsWith("长期")) {
            return ProblemStatus.ONGOING;
        }
        return ProblemStatus.IN_PROGRESS;
    }

    /** A status an earlier record states, on the day it states it, with the review date it names, if any. */
    public record Recorded(ProblemStatus status, LocalDate on, LocalDate statedReview) {

        /** Closed problems are closed on the record's day. */
        public LocalDate closedOn() {
            return status == ProblemStatus.CLOSED ? on : null;
        }

        /** The stated review date, else {@link #REVIEW_AFTER_MONTHS} after the record's day. */
        public LocalDate nextReview() {
            if (status != ProblemStatus.ONGOING) {
                return null;
            }
            return statedReview != null ? statedReview : on == null ? null : on.plusMonths(REVIEW_AFTER_MONTHS);
        }

        /** Only finished states are entered as recorded; a problem still being rectified starts its plan here. */
        public boolean entersAState() {
            return status == ProblemStatus.CLOSED || status == ProblemStatus.ONGOING;
        }
    }
}
