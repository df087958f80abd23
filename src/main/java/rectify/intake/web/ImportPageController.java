package rectify.intake.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.intake.DocumentParser;
import rectify.intake.FeedbackImport;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.ProblemStatus;
import rectify.org.BusinessRoles;
import rectify.org.Role;
import rectify.shared.BusinessException;
import rectify.shared.web.Messages;

/**
 * Entering feedback from a document: upload a docx or paste the text, correct the structure the parser found, then
 * save it as the inspection's aspects, problems and measures.
 */
@Controller
@BusinessRoles
class ImportPageController {

    private final DocumentParser parser;
    private final FeedbackImport feedbackImport;
    private final InspectionAccess access;
    private final Messages messages;
    private final Clock clock;

    ImportPageController(DocumentParser parser, FeedbackImport feedbackImport, InspectionAccess access,
                         Messages messages, Clock clock) {
        this.parser = parser;
        this.feedbackImport = feedbackImport;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/inspections/{id}/import")
    String start(@PathVariable long id, Model model) {
        model.addAttribute("inspection", access.writable(id, Role.INSPECTION_OFFICE));
        return "intake/import";
    }

    @PostMapping("/inspections/{id}/import/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(required = false) String text, Model model) throws IOException {
        Inspection inspection = access.writable(id, Role.INSPECTION_OFFICE);
        model.addAttribute("inspection", inspection);
        try {
            var parsed = file != null && !file.isEmpty() ? parser.parse(file.getBytes())
                    : parser.parseText(text);
            model.addAttribute("form", ImportForm.of(parsed, LocalDate.now(clock)));
            model.addAttribute("statuses", ProblemStatus.values());
            return "intake/import-edit";
        } catch (BusinessException e) {
            model.addAttribute("errorMessage", messages.of(e));
            model.addAttribute("text", text);
            return "intake/import";
        }
    }

    @PostMapping("/inspections/{id}/import")
    String save(@PathVariable long id, @ModelAttribute ImportForm form, RedirectAttributes redirect) {
        FeedbackImport.Result result = feedbackImport.apply(id, form.toDocument(),
                form.getReportDate() == null ? LocalDate.now(clock) : form.getReportDate());
        redirect.addFlashAttribute("successMessage", messages.get("document.imported", result.categories(),
                result.problems()));
        return "redirect:/inspections/" + id;
    }
}
