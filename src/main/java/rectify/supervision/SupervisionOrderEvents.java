package rectify.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens to supervision orders, published when it is committed: the unit hears of a new order and the issuer
 * of its answer through these (retried by the event publication registry if a listener fails), and any module may
 * listen too.
 */
public final class SupervisionOrderEvents {

    private SupervisionOrderEvents() {
    }

    /** An order was issued to {@code unitId} about {@code problemIds}, to be answered by {@code replyBy}. */
    public record Issued(long orderId, String number, long unitId, List<Long> problemIds, SupervisionOrder.Urgency urgency,
                         LocalDate replyBy, String content) {
    }

    /** The unit answered the order; {@code issuedBy} is who issued it. */
    public record Replied(long orderId, String number, long unitId, String unitName, long issuedBy, String reply) {
    }
}
