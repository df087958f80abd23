package rectify.rectification.web;

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

import rectify.evidence.Evidence;
import rectify.inspection.Problems;
import rectify.org.BusinessRoles;
import rectify.rectification.Measure;
import rectify.rectification.Plans;
import rectify.rectification.ProgressReports;
import rectify.evidence.Uploads;
import rectify.shared.BusinessException;
import rectify.shared.web.Messages;

/** Filing progress on a measure, made for a phone: a text, a date, and photos or documents as evidence. */
@Controller
@BusinessRoles
class ProgressPageController {

    private final Plans plans;
    private final Problems problems;
    private final ProgressReports progress;
    private final Evidence evidence;
    private final Messages messages;

    ProgressPageController(Plans plans, Problems problems, ProgressReports progress, Evidence evidence,
                           Messages messages) {
        this.plans = plans;
        this.problems = problems;
        this.progress = progress;
        this.evidence = evidence;
        this.messages = messages;
    }

    @GetMapping("/measures/{id}/progress")
    String form(@PathVariable long id, Model model) {
        Measure measure = plans.get(id);
        model.addAttribute("measure", measure);
        model.addAttribute("problem", problems.get(measure.getProblemId()));
        model.addAttribute("maxMegabytes", evidence.maxFileBytes() / (1024 * 1024));
        return "rectification/progress";
    }

    @PostMapping("/measures/{id}/progress")
    String file(@PathVariable long id, @RequestParam String text,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                Model model, RedirectAttributes redirect) {
        Measure measure = plans.get(id);
        try {
            progress.report(id, date, text, Uploads.of(files));
        } catch (BusinessException e) {
            if (e.status().is4xxClientError() && e.status().value() != 404 && e.status().value() != 403) {
                model.addAttribute("errorMessage", messages.of(e));
                model.addAttribute("text", text);
                return form(id, model);
            }
            throw e;
        }
        redirect.addFlashAttribute("successMessage", messages.get("progress.filed"));
        return "redirect:/problems/" + measure.getProblemId() + "#progress";
    }

    @PostMapping("/progress/{id}/void")
    String voidEntry(@PathVariable long id, @RequestParam(required = false) String reason,
                     RedirectAttributes redirect) {
        var voided = progress.voidEntry(id, reason);
        redirect.addFlashAttribute("successMessage", messages.get("progress.voided"));
        return "redirect:/problems/" + voided.getProblemId() + "#progress";
    }
}
