package rectify.supervision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.shared.web.Messages;
import rectify.supervision.Notification;
import rectify.supervision.Notifications;

/** The inbox page: digests and news of supervision orders, newest first; opening one marks it read. */
@Controller
class NotificationPageController {

    private final Notifications notifications;
    private final Messages messages;

    NotificationPageController(Notifications notifications, Messages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("notifications", notifications.inbox(unread, page, 20));
        model.addAttribute("unreadOnly", unread);
        return "supervision/notifications";
    }

    /** Marks it read and goes where it points (the inbox itself for a digest, opened at that digest). */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        Notification notification = notifications.markRead(id);
        String link = notification.link() == null || notification.link().equals("/notifications")
                ? "/notifications#notification-" + id : notification.link();
        return "redirect:" + link;
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/notifications#notification-" + id;
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        int marked = notifications.markAllRead();
        redirect.addFlashAttribute("successMessage", messages.get("notification.markedAll", marked));
        return "redirect:/notifications";
    }
}
