package rectify.supervision.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.org.CurrentUser;
import rectify.org.OrgUnits;
import rectify.shared.web.Formats;
import rectify.shared.web.Messages;
import rectify.supervision.Channel;
import rectify.supervision.Deliveries;
import rectify.supervision.Reminders;
import rectify.supervision.Webhooks;

/**
 * The system administrator's page for the reminder job: run today's now, the recent runs, the outbox of e-mails and
 * robot messages with their errors, and the units' group robots.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AdminJobsPageController {

    private final Reminders reminders;
    private final Deliveries deliveries;
    private final Webhooks webhooks;
    private final OrgUnits orgUnits;
    private final Messages messages;

    AdminJobsPageController(Reminders reminders, Deliveries deliveries, Webhooks webhooks, OrgUnits orgUnits,
                            Messages messages) {
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/admin/jobs")
    String jobs(Model model) {
        model.addAttribute("runs", reminders.recentRuns(14));
        model.addAttribute("deliveries", deliveries.recent(50));
        model.addAttribute("webhooks", webhooks.all());
        model.addAttribute("units", orgUnits.visibleTo(CurrentUser.require()));
        model.addAttribute("robotKinds", new Channel[] {Channel.WECOM, Channel.DINGTALK});
        return "supervision/jobs";
    }

    @PostMapping("/admin/jobs/reminders/run")
    String run(RedirectAttributes redirect) {
        Reminders.Result result = reminders.runToday(CurrentUser.require().getUsername());
        redirect.addFlashAttribute("successMessage", result.ran()
                ? messages.get("reminder.ran", Formats.chineseDate(result.day()), result.recipients(), result.items())
                : messages.get("reminder.alreadyRan", Formats.chineseDate(result.day())));
        return "redirect:/admin/jobs";
    }

    @PostMapping("/admin/webhooks")
    String addWebhook(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Channel kind,
                      @RequestParam(required = false) String url, @RequestParam(required = false) String secret,
                      RedirectAttributes redirect) {
        webhooks.add(new Webhooks.Draft(unitId, kind, url, secret, true));
        redirect.addFlashAttribute("successMessage", messages.get("webhook.added"));
        return "redirect:/admin/jobs#webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/enabled")
    String toggleWebhook(@PathVariable long id, @RequestParam long version, @RequestParam boolean enabled,
                         RedirectAttributes redirect) {
        webhooks.setEnabled(id, version, enabled);
        redirect.addFlashAttribute("successMessage", messages.get(enabled ? "webhook.enabled" : "webhook.disabled"));
        return "redirect:/admin/jobs#webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String deleteWebhook(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        webhooks.delete(id, version);
        redirect.addFlashAttribute("successMessage", messages.get("webhook.deleted"));
        return "redirect:/admin/jobs#webhooks";
    }
}
