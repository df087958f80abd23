package rectify.inspection;

import java.util.EnumMap;
import java.util.Map;

/** How many problems are in each status, and the figures reports use: total, closed, ongoing, still open. */
public record StatusCounts(Map<ProblemStatus, Long> byStatus, Map<ProblemStatus, Long> reopenedByStatus) {

    public static final StatusCounts NONE = new StatusCounts(Map.of(), Map.of());

    public StatusCounts {
        byStatus = complete(byStatus);
        reopenedByStatus = complete(reopenedByStatus);
    }

    private static Map<ProblemStatus, Long> complete(Map<ProblemStatus, Long> counts) {
        EnumMap<ProblemStatus, Long> all = new EnumMap<>(ProblemStatus.class);
        for (ProblemStatus status : ProblemStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        return all;
    }

    /** Problems ever reopened (反弹回潮), whatever their status now. */
    public long reopened() {
        return reopenedByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Closed at the first attempt, never reopened. */
    public long closedFirstTime() {
        return closed() - reopenedByStatus.get(ProblemStatus.CLOSED);
    }

    /** Closed again after having been reopened. */
    public long closedAfterReopening() {
        return reopenedByStatus.get(ProblemStatus.CLOSED);
    }

    public long of(ProblemStatus status) {
        return byStatus.get(status);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long closed() {
        return of(ProblemStatus.CLOSED);
    }

    public long ongoing() {
        return of(ProblemStatus.ONGOING);
    }

    /** 正在整改: neither closed nor a long-term item with results. */
    public long inProgress() {
        return total() - closed() - ongoing();
    }
}
