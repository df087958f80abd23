package rectify.intake.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.intake.DocumentParser;
import rectify.intake.FeedbackImport;
import rectify.intake.ParsedDocument;
import rectify.org.BusinessRoles;
import rectify.org.Role;
import rectify.shared.BusinessException;
import rectify.shared.web.Messages;

/**
 * Entering feedback from a document: upload a file or paste the text; correct the structure that was read — levels,
 * splits and merges, order, texts, passages taken in — in the page, which keeps the whole tree as JSON; then save it
 * as the inspection's aspects, problems and measures, all or nothing. A refusal brings the page back with the tree as
 * the user left it.
 */
@Controller
@BusinessRoles
class ImportPageController {

    private static final String[] LABELS = {"aspect", "problem", "measure", "title", "description", "group", "source",
            "status", "statusNone", "statusClosed", "statusOngoing", "up", "down", "remove", "split", "merge",
            "toAspect", "toProblem", "toMeasure", "addAspect", "addProblem", "addMeasure", "undo", "takeAsProblem",
            "takeAsMeasure", "takeAsDescription", "skippedTitle", "skippedNone", "summary", "figures",
            "figuresMismatch", "emptyTitle", "selectProblemFirst", "reason.NARRATIVE", "reason.INSTRUCTION",
            "reason.SIGNATURE", "reason.DETAIL", "reason.UNPLACED", "newAspect", "newProblem", "showSource",
            "collapse", "expand"};

    private final DocumentParser parser;
    private final FeedbackImport feedbackImport;
    private final InspectionAccess access;
    private final Messages messages;
    private final JsonMapper json;
    private final Clock clock;

    ImportPageController(DocumentParser parser, FeedbackImport feedbackImport, InspectionAccess access,
                         Messages messages, JsonMapper json, Clock clock) {
        this.parser = parser;
        this.feedbackImport = feedbackImport;
        this.access = access;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/inspections/{id}/import")
    String start(@PathVariable long id, Model model) {
        return upload(access.writable(id, Role.INSPECTION_OFFICE), null, model);
    }

    /** The upload page, with the sentence that says why the user is back on it. */
    private static String upload(Inspection inspection, String errorMessage, Model model) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("maxBytes", DocumentParser.MAX_BYTES);
        if (errorMessage != null) {
            model.addAttribute("errorMessage", errorMessage);
        }
        return "intake/import";
    }

    @PostMapping("/inspections/{id}/import/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(required = false) String text, Model model) throws IOException {
        Inspection inspection = access.writable(id, Role.INSPECTION_OFFICE);
        try {
            ParsedDocument parsed = file != null && !file.isEmpty() ? parser.parse(file.getBytes())
                    : parser.parseText(text);
            return editor(inspection, json.writeValueAsString(parsed), LocalDate.now(clock), model);
        } catch (BusinessException e) {
            model.addAttribute("text", text);
            return upload(inspection, messages.of(e), model);
        }
    }

    @PostMapping("/inspections/{id}/import")
    String save(@PathVariable long id, @RequestParam String document,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate,
                Model model, RedirectAttributes redirect) {
        Inspection inspection = access.writable(id, Role.INSPECTION_OFFICE);
        LocalDate date = reportDate == null ? LocalDate.now(clock) : reportDate;
        ParsedDocument parsed;
        try {
            parsed = json.readValue(document, ParsedDocument.class);
        } catch (JacksonException e) {
            // not what the page sends: there is no tree to give back, so the user starts again from the file
            return upload(inspection, messages.get("intake.rule.tree"), model);
        }
        try {
            FeedbackImport.Result result = feedbackImport.apply(id, parsed, date);
            redirect.addFlashAttribute("successMessage", messages.get("intake.imported", result.categories(),
                    result.problems()));
            return "redirect:/inspections/" + id;
        } catch (BusinessException e) {
            model.addAttribute("errorMessage", messages.of(e));
            return editor(inspection, document, date, model);
        }
    }

    private String editor(Inspection inspection, String document, LocalDate reportDate, Model model) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("document", scriptSafe(document));
        model.addAttribute("reportDate", reportDate);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : LABELS) {
            labels.put(key, messages.get("intake.editor." + key));
        }
        model.addAttribute("labels", scriptSafe(json.writeValueAsString(labels)));
        return "intake/import-edit";
    }

    /** JSON placed inside a script element: no "<" can close it, whatever the document said. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }
}
