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

    /** Counted only when a page shows it: an API call answered by the same controller advice never asks. */
    @ModelAttribute("unreadNotifications")
    org.thymeleaf.context.LazyContextVariable<Long> unreadNotifications() {
        return new org.thymeleaf.context.LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return CurrentUser.find().map(u -> notifications.unreadCount(u.id())).orElse(null);
            }
        };
    }
}
