package rectify.supervision.api;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.CurrentUser;
import rectify.shared.PageResult;
import rectify.supervision.Notification;
import rectify.supervision.Notifications;

/** The caller's own inbox: anyone signed in has one; nobody reads another's. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

    private final Notifications notifications;

    NotificationApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageResult<Notification> inbox(@RequestParam(defaultValue = "false") boolean unread,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        return notifications.inbox(unread, page, size);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount(CurrentUser.require().id()));
    }

    @GetMapping("/{id}")
    Notification get(@PathVariable long id) {
        return notifications.get(id);
    }

    @PostMapping("/{id}/read")
    Notification markRead(@PathVariable long id) {
        return notifications.markRead(id);
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead());
    }
}
