package rectify.selfcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A 举一反三 self-check: what the units are asked to check themselves for, by when, and each unit's answer. */
public record SelfCheck(long id, long sourceProblemId, String sourceTitle, String content, LocalDate replyBy,
                        String issuedByName, Instant issuedAt, List<UnitAnswer> units) {

    /** One unit's part: unanswered (answer null), EXISTS with the problem it filed, or NONE. */
    public record UnitAnswer(long id, long unitId, String unitName, Answer answer, String note, Long problemId,
                             String answeredByName, Instant answeredAt, long version) {
    }

    public enum Answer { EXISTS, NONE }
}
