package rectify.supervision.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import rectify.org.CurrentUser;
import rectify.supervision.Notifications;

/** The bell in the top bar of every page: how many of the person's notifications are unread. */
@ControllerAdvice(annotations = Controller.class)
class NotificationBell {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return CurrentUser.find().map(u -> notifications.unreadCount(u.id())).orElse(null);
    }
}
