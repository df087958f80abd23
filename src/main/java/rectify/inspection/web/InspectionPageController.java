package rectify.inspection.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.org.BusinessRoles;
import rectify.inspection.FeedbackCategory;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.InspectionKind;
import rectify.inspection.InspectionSource;
import rectify.inspection.Inspections;
import rectify.inspection.InspectionRequest;
import rectify.inspection.Problem;
import rectify.inspection.ProblemRequest;
import rectify.inspection.ProblemStatus;
import rectify.inspection.Problems;
import rectify.inspection.RectificationType;
import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.shared.web.ApiVersions;
import rectify.shared.web.Messages;

/** Inspections in the pages: the list, registering one, and its feedback (aspects and problems). */
@Controller
@BusinessRoles
class InspectionPageController {

    private final Inspections inspections;
    private final Problems problems;
    private final InspectionAccess access;
    private final OrgUnits orgUnits;
    private final Accounts accounts;
    private final Messages messages;
    private final rectify.audit.AuditLog auditLog;

    InspectionPageController(Inspections inspections, Problems problems, InspectionAccess access, OrgUnits orgUnits,
                             Accounts accounts, Messages messages, rectify.audit.AuditLog auditLog) {
        this.auditLog = auditLog;
        this.inspections = inspections;
        this.problems = problems;
        this.access = access;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/inspections")
    String list(Model model) {
        List<Inspection> visible = inspections.visible();
        model.addAttribute("inspections", visible);
        model.addAttribute("counts", inspections.statusCounts(visible.stream().map(Inspection::getId).toList()));
        model.addAttribute("unitNames", names(visible.stream().map(Inspection::getTargetUnitId).toList()));
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("mayCreate", inspections.callerMayCreate());
        return "inspection/list";
    }

    @GetMapping("/inspections/new")
    String newForm(Model model) {
        inspections.requireCallerMayCreate();
        formOptions(model);
        return "inspection/new";
    }

    @PostMapping("/inspections")
    String create(@Valid InspectionRequest form, RedirectAttributes redirect) {
        Inspection inspection = inspections.create(form.facts());
        redirect.addFlashAttribute("successMessage", messages.get("inspection.created"));
        return "redirect:/inspections/" + inspection.getId();
    }

    @GetMapping("/inspections/{id}")
    String show(@PathVariable long id, Model model) {
        Inspection inspection = inspections.get(id);
        OrgUnit target = access.targetOf(inspection);
        List<FeedbackCategory> categories = inspections.categoriesOf(id);
        List<Problem> found = inspections.problemsOf(id);
        CurrentUser user = CurrentUser.require();
        model.addAttribute("inspection", inspection);
        model.addAttribute("target", target);
        model.addAttribute("categories", categories);
        model.addAttribute("problemsByCategory", found.stream()
                .collect(java.util.stream.Collectors.groupingBy(Problem::getCategoryId)));
        model.addAttribute("counts", inspections.statusCounts(List.of(id)).get(id));
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("round", inspection.getRoundId() == null ? null : inspections.rounds().stream()
                .filter(r -> r.getId().equals(inspection.getRoundId())).findFirst().orElse(null));
        model.addAttribute("isOffice", user.has(Role.INSPECTION_OFFICE));
        List<rectify.audit.AuditEvent> voided = auditLog.historyOf("Inspection", id, "Problem",
                rectify.shared.EntityChanged.Action.DELETE);
        model.addAttribute("voidedProblems", voided);
        model.addAttribute("voidedBy", accounts.byIds(voided.stream().map(rectify.audit.AuditEvent::getActorId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("mayPlan", user.hasAny(InspectionAccess.PLANNERS));
        if (user.hasAny(InspectionAccess.PLANNERS)) {
            model.addAttribute("departments", orgUnits.visibleTo(user).stream().filter(u -> u.isWithin(target)).toList());
            model.addAttribute("members", accounts.membersOf(target));
            model.addAttribute("types", RectificationType.values());
            formOptions(model);
        }
        return "inspection/show";
    }

    @PostMapping("/inspections/{id}")
    String update(@PathVariable long id, @Valid InspectionRequest form, RedirectAttributes redirect) {
        inspections.update(id, ApiVersions.required(form.version()), form.facts());
        redirect.addFlashAttribute("successMessage", messages.get("inspection.updated"));
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/inspections/{id}/categories")
    String addCategory(@PathVariable long id, @RequestParam String title, RedirectAttributes redirect) {
        inspections.addCategory(id, null, title);
        redirect.addFlashAttribute("successMessage", messages.get("category.created"));
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/inspections/{id}/problems")
    String addProblem(@PathVariable long id, @Valid ProblemRequest form, RedirectAttributes redirect) {
        Problem problem = problems.create(id, form.draft());
        redirect.addFlashAttribute("successMessage", messages.get("problem.created", problem.getSeq()));
        return "redirect:/problems/" + problem.getId();
    }

    private void formOptions(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("rounds", inspections.rounds());
        model.addAttribute("sources", InspectionSource.values());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("units", orgUnits.visibleTo(user).stream()
                .filter(u -> u.getKind() == rectify.org.OrgUnitKind.UNIT).toList());
    }

    private Map<Long, String> names(List<Long> unitIds) {
        Map<Long, String> names = new java.util.HashMap<>();
        orgUnits.byIds(unitIds.stream().distinct().toList()).forEach((id, unit) -> names.put(id, unit.getName()));
        return names;
    }
}
