package rectify.supervision;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import rectify.org.Accounts;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.shared.web.Formats;

/**
 * The unit's coordinators and leaders hear of a new supervision order, and its issuer of the answer, in the inbox and
 * by e-mail. Runs after the order is committed; the event publication registry retries it if it fails.
 */
@Component
class OrderNotices {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final Notices notices;
    private final MessageSource messages;

    OrderNotices(Accounts accounts, OrgUnits orgUnits, Notices notices, MessageSource messages) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SupervisionOrderEvents.Issued issued) {
        String title = text("supervision.notice.issued." + issued.urgency(), issued.number(),
                Formats.chineseDate(issued.replyBy()));
        orgUnits.find(issued.unitId()).ifPresent(unit -> notices.tell(accounts.membersOf(unit).stream()
                .filter(p -> p.getRoles().contains(Role.UNIT_COORDINATOR) || p.getRoles().contains(Role.UNIT_LEADER))
                .toList(), Notification.Kind.ORDER_ISSUED, title, issued.content(), link(issued.orderId())));
    }

    @ApplicationModuleListener
    void on(SupervisionOrderEvents.Replied replied) {
        notices.tell(List.of(accounts.get(replied.issuedBy())), Notification.Kind.ORDER_REPLIED,
                text("supervision.notice.replied", replied.number(), replied.unitName()), replied.reply(),
                link(replied.orderId()));
    }

    private static String link(long orderId) {
        return "/supervision-orders/" + orderId;
    }

    /** Notifications are documents: written in Chinese, whatever language the page was in. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
