package rectify.selfcheck.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.selfcheck.SelfCheck;
import rectify.selfcheck.SelfChecks;
import rectify.shared.web.HtmxFragment;
import rectify.shared.web.Messages;

/**
 * 举一反三 in the pages: on a problem's page the self-checks issued from it and the office's form to issue one; a
 * self-check's own page where each unit answers.
 */
@Controller
@BusinessRoles
class SelfCheckPageController {

    private final SelfChecks selfChecks;
    private final OrgUnits orgUnits;
    private final Messages messages;

    SelfCheckPageController(SelfChecks selfChecks, OrgUnits orgUnits, Messages messages) {
        this.selfChecks = selfChecks;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @HtmxFragment(page = "/problems/{id}#self-checks")
    @GetMapping("/problems/{id}/self-checks")
    String ofProblem(@PathVariable long id, Model model) {
        boolean mayIssue = selfChecks.callerMayIssue();
        model.addAttribute("problemId", id);
        model.addAttribute("checks", selfChecks.fromProblem(id));
        model.addAttribute("mayIssue", mayIssue);
        if (mayIssue) {
            model.addAttribute("units", orgUnits.visibleTo(CurrentUser.require()).stream()
                    .filter(u -> u.getKind() == OrgUnitKind.UNIT).toList());
            model.addAttribute("defaultReplyBy", selfChecks.usualReplyBy());
        }
        return "selfcheck/problem :: panel";
    }

    @PostMapping("/problems/{id}/self-checks")
    String issue(@PathVariable long id, @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyBy,
                 @RequestParam(required = false) String content, RedirectAttributes redirect) {
        SelfCheck issued = selfChecks.issue(id, new SelfChecks.Draft(unitIds, replyBy, content));
        redirect.addFlashAttribute("successMessage", messages.get("selfCheck.issued", issued.units().size()));
        return "redirect:/problems/" + id + "#self-checks";
    }

    @GetMapping("/self-checks/{id}")
    String show(@PathVariable long id, Model model) {
        SelfCheck check = selfChecks.get(id);
        model.addAttribute("check", check);
        model.addAttribute("mayAnswer", CurrentUser.require().has(Role.UNIT_COORDINATOR)
                && check.units().stream().anyMatch(u -> u.answer() == null));
        return "selfcheck/show";
    }

    @PostMapping("/self-checks/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) Boolean exists,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String description,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        SelfCheck answered = selfChecks.answer(id, new SelfChecks.Reply(exists, title, description, note));
        Long filed = answered.units().stream().map(SelfCheck.UnitAnswer::problemId)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (Boolean.TRUE.equals(exists) && filed != null) {
            redirect.addFlashAttribute("successMessage", messages.get("selfCheck.filed"));
            return "redirect:/problems/" + filed;
        }
        redirect.addFlashAttribute("successMessage", messages.get("selfCheck.answered"));
        return "redirect:/self-checks/" + id;
    }
}
