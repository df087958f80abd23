package rectify.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.report.ReportSection;
import rectify.report.ReportContent;
import rectify.report.Reports;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.shared.web.Messages;

/** The report in the pages: its heading facts and narrative sections, and the internal and public downloads. */
@Controller
@BusinessRoles
class ReportPageController {

    /** Empty sections offered below the written ones, so a new one can be added without a script. */
    static final int SPARE_SECTIONS = 2;

    private final Reports reports;
    private final InspectionAccess access;
    private final Inspections inspections;
    private final Messages messages;

    ReportPageController(Reports reports, InspectionAccess access, Inspections inspections, Messages messages) {
        this.inspections = inspections;
        this.reports = reports;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/inspections/{id}/report")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("inspection", access.readable(id));
        model.addAttribute("settings", reports.settingsOf(id));
        List<ReportSection> sections = reports.sectionsOf(id);
        model.addAttribute("sections", sections);
        model.addAttribute("spare", SPARE_SECTIONS);
        model.addAttribute("mayEdit", CurrentUser.require().hasAny(InspectionAccess.PLANNERS));
        ReportContent preview = reports.compose(id, false);
        model.addAttribute("preview", preview);
        model.addAttribute("masking", reports.masking(id, preview));
        model.addAttribute("problems", inspections.problemsOf(id));
        return "report/report";
    }

    @PostMapping("/inspections/{id}/report")
    String save(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String title,
                @RequestParam(required = false) String recipient, @RequestParam(required = false) String issuer,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate,
                @RequestParam(name = "heading", required = false) List<String> headings,
                @RequestParam(name = "body", required = false) List<String> bodies,
                @RequestParam(name = "placement", required = false) List<String> placements,
                @RequestParam(name = "internal", required = false) List<String> internal,
                @RequestParam(required = false) String opening,
                @RequestParam(defaultValue = "false") boolean openingComposed,
                @RequestParam(required = false) String contactPhone,
                @RequestParam(required = false) String contactAddress,
                @RequestParam(required = false) String contactEmail,
                @RequestParam(defaultValue = "false") boolean sealed,
                @RequestParam(name = "suspectedName", required = false) List<String> suspected,
                @RequestParam(name = "maskName", required = false) List<String> masked,
                @RequestParam(name = "withheld", required = false) List<Integer> withheld, RedirectAttributes redirect) {
        // a suspected name left unticked is one the unit says is no name
        List<String> notNames = suspected == null ? List.of()
                : suspected.stream().filter(n -> masked == null || !masked.contains(n)).toList();
        List<Reports.SectionDraft> drafts = new ArrayList<>();
        int count = headings == null ? 0 : headings.size();
        for (int i = 0; i < count; i++) {
            drafts.add(new Reports.SectionDraft(headings.get(i), bodies == null ? null : bodies.get(i),
                    placements != null && "after".equals(placements.get(i)),
                    internal != null && internal.contains(String.valueOf(i))));
        }
        reports.save(id, version, new Reports.Heading(title, recipient, issuer, reportDate,
                openingComposed ? null : opening, contactPhone, contactAddress, contactEmail, sealed, notNames, withheld),
                drafts);
        redirect.addFlashAttribute("successMessage", messages.get("report.saved"));
        return "redirect:/inspections/" + id + "/report";
    }
}
