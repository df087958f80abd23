package rectify.duty.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.duty.Recurrence;
import rectify.duty.StandingDuties;
import rectify.duty.StandingDuty;
import rectify.evidence.Uploads;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.shared.web.HtmxFragment;
import rectify.shared.web.Messages;

/** Standing duties on a problem's page: each duty's record as a strip of periods, setting one up, recording one. */
@Controller
@BusinessRoles
class DutyPageController {

    private final StandingDuties duties;
    private final Messages messages;

    DutyPageController(StandingDuties duties, Messages messages) {
        this.duties = duties;
        this.messages = messages;
    }

    @HtmxFragment(page = "/problems/{id}#duties")
    @GetMapping("/problems/{id}/duties")
    String ofProblem(@PathVariable long id, Model model) {
        boolean maySetUp = duties.callerMaySetUp();
        CurrentUser me = CurrentUser.require();
        List<StandingDuty> list = duties.ofProblem(id);
        model.addAttribute("problemId", id);
        model.addAttribute("duties", list);
        model.addAttribute("maySetUp", maySetUp);
        model.addAttribute("me", me.id());
        model.addAttribute("coordinator", me.has(Role.UNIT_COORDINATOR));
        model.addAttribute("recurrences", Recurrence.values());
        if (maySetUp) {
            model.addAttribute("owners", duties.possibleOwners(id));
        }
        return "duty/panel :: panel";
    }

    @PostMapping("/problems/{id}/duties")
    String setUp(@PathVariable long id, @RequestParam(required = false) String title,
                 @RequestParam(required = false) Recurrence recurrence, @RequestParam(required = false) Long ownerId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startOn,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn,
                 RedirectAttributes redirect) {
        duties.setUp(id, new StandingDuties.Draft(title, recurrence, ownerId, startOn, endOn));
        redirect.addFlashAttribute("successMessage", messages.get("duty.setUp"));
        return "redirect:/problems/" + id + "#duties";
    }

    @PostMapping("/duties/{id}/occurrences")
    String record(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(required = false) String note,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        StandingDuty duty = duties.record(id, date, note, Uploads.of(files));
        redirect.addFlashAttribute("successMessage", messages.get("duty.recorded", duty.title()));
        return "redirect:/problems/" + duty.problemId() + "#duty-" + id;
    }
}
