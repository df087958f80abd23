package rectify.supervision.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.LazyContextVariable;

import rectify.org.CurrentUser;
import rectify.shared.web.ShellPart;
import rectify.supervision.Notifications;

/** The bell in the top bar of every page: how many of the person's notifications are unread. */
@Component
class NotificationBell implements ShellPart {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Counted only when the page shows it. */
    @Override
    public void addTo(Map<String, Object> model, HttpServletRequest request) {
        model.put("unreadNotifications", new LazyContextVariable<Long>() {
            @Override
            protected Long loadValue() {
                return CurrentUser.find().map(u -> notifications.unreadCount(u.id())).orElse(null);
            }
        });
    }
}
