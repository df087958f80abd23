package rectify.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A message in a person's inbox: a daily digest with its items, or news of a supervision order. */
public record Notification(long id, long recipientId, Kind kind, String title, String body, String link,
                           LocalDate digestDay, Instant createdAt, Instant readAt, List<Item> items) {

    public enum Kind { DIGEST, ORDER_ISSUED, ORDER_REPLIED, REVIEW, SELF_CHECK }

    /** What a digest lists, by section: items that entered a warning level, reviews waiting, orders to answer. */
    public enum Section { OVERDUE, WARN, REMIND, REVIEW }

    public record Item(Section section, String title, String unitName, LocalDate dueDate, String link) {
    }

    public boolean isRead() {
        return readAt != null;
    }
}
