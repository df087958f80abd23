package rectify.outcome.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.shared.web.HtmxFragment;
import rectify.org.BusinessRoles;
import rectify.outcome.Outcome;
import rectify.outcome.Outcomes;
import rectify.shared.web.Messages;

/** The 整改成效 part of a problem's page (loaded by htmx after the page), and recording or removing an outcome. */
@Controller
@BusinessRoles
class OutcomePageController {

    private final Outcomes outcomes;
    private final Messages messages;

    OutcomePageController(Outcomes outcomes, Messages messages) {
        this.outcomes = outcomes;
        this.messages = messages;
    }

    @HtmxFragment(page = "/problems/{id}#outcomes")
    @GetMapping("/problems/{id}/outcomes")
    String ofProblem(@PathVariable long id, Model model) {
        model.addAttribute("problemId", id);
        model.addAttribute("outcomes", outcomes.of(id));
        model.addAttribute("mayRecord", outcomes.callerMayRecord(id));
        model.addAttribute("subtypes", Outcome.Subtype.values());
        model.addAttribute("kinds", Outcome.Kind.values());
        return "outcome/outcomes :: outcomes";
    }

    @PostMapping("/problems/{id}/outcomes")
    String add(@PathVariable long id, @RequestParam(required = false) Outcome.Subtype subtype,
               @RequestParam(required = false) String title, @RequestParam(required = false) Integer people,
               @RequestParam(required = false) BigDecimal amount,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
               @RequestParam(required = false) String note, RedirectAttributes redirect) {
        outcomes.add(id, new Outcomes.Draft(subtype, title, people, amount, occurredOn, note));
        redirect.addFlashAttribute("successMessage", messages.get("outcome.added"));
        return "redirect:/problems/" + id + "#outcomes";
    }

    @PostMapping("/outcomes/{id}/delete")
    String remove(@PathVariable long id, @RequestParam long problemId, RedirectAttributes redirect) {
        outcomes.remove(id);
        redirect.addFlashAttribute("successMessage", messages.get("outcome.removed"));
        return "redirect:/problems/" + problemId + "#outcomes";
    }
}
