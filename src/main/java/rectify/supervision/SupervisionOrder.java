package rectify.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import rectify.inspection.WarningLevel;

/**
 * A supervision order (督办单): the inspection office pressing a unit, in writing, on one or more problems, with a
 * date by which the unit must answer and an urgency. An unanswered order warns like a problem as its date nears.
 */
public record SupervisionOrder(long id, String number, long unitId, String unitName, Urgency urgency, String content,
                               LocalDate replyBy, Status status, long issuedById, String issuedByName, Instant issuedAt,
                               String reply, String repliedByName, Instant repliedAt, WarningLevel warning,
                               List<ProblemRef> problems, long version) {

    /** 催办 presses for progress; 挂牌督办 puts the matter under the office's named supervision until it is done. */
    public enum Urgency { URGE, LISTED }

    public enum Status { ISSUED, REPLIED }

    public record ProblemRef(long id, int seq, String title, String status, LocalDate deadline, String inspectionTitle) {
    }
}
