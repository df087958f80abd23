package rectify.selfcheck;

import java.time.LocalDate;
import java.util.List;

/** A self-check was issued to {@code unitIds}; published when it is committed, so the units hear of it. */
public record SelfCheckIssued(long selfCheckId, List<Long> unitIds, String sourceTitle, LocalDate replyBy,
                              String content) {
}
