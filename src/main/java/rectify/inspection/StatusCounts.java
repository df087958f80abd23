package rectify.inspection;

import java.util.EnumMap;
import java.util.Map;

/** How many problems are in each status, and the figures reports use: total, closed, ongoing, still open. */
public record StatusCounts(Map<ProblemStatus, Long> byStatus) {

    public static final StatusCounts NONE = new StatusCounts(Map.of());

    public StatusCounts {
        EnumMap<ProblemStatus, Long> all = new EnumMap<>(ProblemStatus.class);
        for (ProblemStatus status : ProblemStatus.values()) {
            all.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = all;
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
