package rectify.supervision;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import rectify.org.UserAccount;

/**
 * Telling people of something at once: into each one's inbox and, where they have an address, their mail, which
 * leaves soon after rather than at the next delivery run.
 */
@Component
class Notices {

    private final Notifications notifications;
    private final Deliveries deliveries;

    Notices(Notifications notifications, Deliveries deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    void tell(Collection<UserAccount> people, Notification.Kind kind, String title, String text, String link) {
        boolean mailed = false;
        for (UserAccount person : people) {
            long notification = notifications.add(person.getId(), kind, title, Notifications.clip(text, 4000), link,
                    null, List.of());
            mailed |= deliveries.mailTo(notification, person, title, () -> text);
        }
        if (mailed) {
            deliveries.sendSoon();
        }
    }
}
