package rectify.supervision;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import rectify.org.Accounts;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.shared.web.Formats;

/**
 * The unit's coordinators and leaders hear of a new supervision order, and its issuer of the answer, in the inbox and
 * by e-mail. Runs after the order is committed; the event publication registry retries it if it fails.
 */
@Component
class OrderNotices {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final Notifications notifications;
    private final Deliveries deliveries;
    private final MessageSource messages;

    OrderNotices(Accounts accounts, OrgUnits orgUnits, Notifications notifications, Deliveries deliveries,
                 MessageSource messages) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SupervisionOrderEvents.Issued issued) {
        String title = text("supervision.notice.issued." + issued.urgency(), issued.number(),
                Formats.chineseDate(issued.replyBy()));
        orgUnits.find(issued.unitId()).ifPresent(unit -> {
            for (UserAccount person : accounts.membersOf(unit)) {
                if (person.getRoles().contains(Role.UNIT_COORDINATOR) || person.getRoles().contains(Role.UNIT_LEADER)) {
                    tell(person, Notification.Kind.ORDER_ISSUED, title, issued.content(), issued.orderId());
                }
            }
        });
    }

    @ApplicationModuleListener
    void on(SupervisionOrderEvents.Replied replied) {
        tell(accounts.get(replied.issuedBy()), Notification.Kind.ORDER_REPLIED,
                text("supervision.notice.replied", replied.number(), replied.unitName()), replied.reply(),
                replied.orderId());
    }

    private void tell(UserAccount person, Notification.Kind kind, String title, String text, long orderId) {
        long notification = notifications.add(person.getId(), kind, title, Notifications.clip(text, 4000),
                "/supervision-orders/" + orderId, null, List.of());
        if (deliveries.mailTo(notification, person, title, () -> text)) {
            deliveries.sendSoon();
        }
    }

    /** Notifications are documents: written in Chinese, whatever language the page was in. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
