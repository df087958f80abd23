package rectify.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A standing duty with its record: every period from its first day to today (or its last day), each done, done
 * late, missed or still due, and the occurrences its owner recorded.
 */
public record StandingDuty(long id, long problemId, String title, Recurrence recurrence, long ownerId,
                           String ownerName, LocalDate startOn, LocalDate endOn, List<Period> periods,
                           List<Occurrence> occurrences) {

    /**
     * DONE: held within the period and recorded by its due day; LATE: held within the period but recorded only
     * after it had ended (补录); MISSED: the period ended with nothing held; DUE: the current period, not yet held.
     */
    public enum Status { DUE, DONE, LATE, MISSED }

    /** A period with what was held in it. */
    public record Period(LocalDate startOn, LocalDate dueOn, Status status, List<Occurrence> held) {
    }

    public record Occurrence(long id, LocalDate heldOn, String note, String recordedByName, Instant recordedAt,
                             List<File> files) {
    }

    public record File(long id, String fileName, long size) {
    }

    /** The periods that have ended or are done: what the on-time rate counts. */
    public Figures figures() {
        int done = 0;
        int late = 0;
        int missed = 0;
        for (Period period : periods) {
            switch (period.status()) {
                case DONE -> done++;
                case LATE -> late++;
                case MISSED -> missed++;
                case DUE -> { }
            }
        }
        return new Figures(1, done, late, missed);
    }

    /** Duties and their periods counted together: "建立长效机制n项，按期落实率x%". */
    public record Figures(int duties, int done, int late, int missed) {

        public static final Figures NONE = new Figures(0, 0, 0, 0);

        public Figures plus(Figures other) {
            return new Figures(duties + other.duties, done + other.done, late + other.late, missed + other.missed);
        }

        public int counted() {
            return done + late + missed;
        }

        /** Done on time out of every period counted, in whole percent; null when nothing was due yet. */
        public Integer onTimePercent() {
            return counted() == 0 ? null : (int) Math.round(100.0 * done / counted());
        }
    }
}
