package rectify.supervision.api;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.CurrentUser;
import rectify.supervision.Deliveries;
import rectify.supervision.Reminders;

/** The reminder job for the system administrator: run today's now, see the runs and the deliveries. */
@RestController
@RequestMapping("/api/v1/admin/jobs/reminders")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ReminderJobApi {

    private final Reminders reminders;
    private final Deliveries deliveries;

    ReminderJobApi(Reminders reminders, Deliveries deliveries) {
        this.reminders = reminders;
        this.deliveries = deliveries;
    }

    @PostMapping("/run")
    Reminders.Result run() {
        return reminders.runToday(CurrentUser.require().getUsername());
    }

    @GetMapping
    List<Reminders.Run> runs() {
        return reminders.recentRuns(30);
    }

    @GetMapping("/deliveries")
    List<Deliveries.View> deliveries() {
        return deliveries.recent(100);
    }
}
