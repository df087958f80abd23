package rectify.rectification.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.ProblemRequest;
import rectify.inspection.Problems;
import rectify.inspection.RectificationType;
import rectify.org.Accounts;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.UserAccount;
import rectify.rectification.Measure;
import rectify.rectification.MeasureRequest;
import rectify.rectification.MeasureStatus;
import rectify.rectification.Plans;
import rectify.rectification.ProblemView;
import rectify.rectification.ProgressReports;
import rectify.shared.web.Messages;

/** A problem's page: the facts, who answers for it, its measures, progress with evidence, and its history. */
@Controller
@BusinessRoles
class ProblemPageController {

    private final ProblemView view;
    private final Problems problems;
    private final Plans plans;
    private final Inspections inspections;
    private final InspectionAccess access;
    private final OrgUnits orgUnits;
    private final Accounts accounts;
    private final Messages messages;

    private final java.time.Clock clock;
    private final rectify.audit.ReadableHistory readableHistory;

    ProblemPageController(ProblemView view, Problems problems, Plans plans, Inspections inspections,
                          InspectionAccess access, OrgUnits orgUnits, Accounts accounts, Messages messages,
                          java.time.Clock clock, rectify.audit.ReadableHistory readableHistory) {
        this.readableHistory = readableHistory;
        this.clock = clock;
        this.view = view;
        this.problems = problems;
        this.plans = plans;
        this.inspections = inspections;
        this.access = access;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/problems/{id}")
    String show(@PathVariable long id, Model model) {
        ProblemView.Detail detail = view.of(id);
        CurrentUser user = CurrentUser.require();
        OrgUnit target = access.targetOf(detail.inspection());
        Problem problem = detail.problem();

        Set<Long> userIds = new HashSet<>(problem.getResponsibleUserIds());
        if (problem.getResponsibleLeaderId() != null) {
            userIds.add(problem.getResponsibleLeaderId());
        }
        detail.measures().forEach(m -> {
            if (m.getResponsibleUserId() != null) {
                userIds.add(m.getResponsibleUserId());
            }
        });
        detail.progress().forEach(f -> userIds.add(f.report().getAuthorId()));
        Map<Long, UserAccount> people = accounts.byIds(userIds);
        model.addAttribute("d", detail);
        model.addAttribute("history", readableHistory.of(detail.history()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("p", problem);
        model.addAttribute("target", target);
        model.addAttribute("people", people);
        model.addAttribute("unitNames", orgUnits.byIds(problem.getResponsibleUnitIds()));
        model.addAttribute("measureWarnings", detail.measures().stream()
                .collect(java.util.stream.Collectors.toMap(Measure::getId, view::warningOf)));
        model.addAttribute("measureSeqs", detail.measures().stream()
                .collect(java.util.stream.Collectors.toMap(Measure::getId, Measure::getSeq)));
        boolean open = problem.getStatus().isOpen();
        boolean planner = user.hasAny(InspectionAccess.PLANNERS);
        model.addAttribute("mayPlan", open && planner);
        model.addAttribute("mayReport", open && detail.measures().stream()
                .anyMatch(m -> ProgressReports.mayReport(user, problem, m)));
        model.addAttribute("reportable", detail.measures().stream()
                .filter(m -> open && ProgressReports.mayReport(user, problem, m)).map(Measure::getId).toList());
        if (open && planner) {
            model.addAttribute("members", accounts.membersOf(target));
            model.addAttribute("departments", orgUnits.visibleTo(user).stream().filter(u -> u.isWithin(target)).toList());
            model.addAttribute("categories", inspections.categoriesOf(problem.getInspectionId()));
            model.addAttribute("types", RectificationType.values());
        }
        return "rectification/problem";
    }

    @PostMapping("/problems/{id}/void")
    String voidProblem(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
                       RedirectAttributes redirect) {
        long inspectionId = problems.get(id).getInspectionId();
        problems.voidProblem(id, version, reason);
        redirect.addFlashAttribute("successMessage", messages.get("problem.voided"));
        return "redirect:/inspections/" + inspectionId + "#voided-problems";
    }

    @PostMapping("/problems/{id}")
    String update(@PathVariable long id, @RequestParam long version, @Valid ProblemRequest form,
                  RedirectAttributes redirect) {
        problems.update(id, version, form.draft());
        redirect.addFlashAttribute("successMessage", messages.get("problem.updated"));
        return "redirect:/problems/" + id;
    }

    @PostMapping("/problems/{id}/measures")
    String addMeasure(@PathVariable long id, @Valid MeasureRequest form, RedirectAttributes redirect) {
        plans.add(id, form.draft());
        redirect.addFlashAttribute("successMessage", messages.get("measure.created"));
        return "redirect:/problems/" + id + "#measures";
    }

    @PostMapping("/measures/{id}")
    String editMeasure(@PathVariable long id, @RequestParam long version, @Valid MeasureRequest form,
                       RedirectAttributes redirect) {
        Measure measure = plans.edit(id, version, form.draft());
        redirect.addFlashAttribute("successMessage", messages.get("measure.updated"));
        return "redirect:/problems/" + measure.getProblemId() + "#measures";
    }

    @PostMapping("/measures/{id}/completion")
    String complete(@PathVariable long id, @RequestParam long version, @RequestParam MeasureStatus status,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Measure measure = plans.complete(id, version, new Plans.Completion(status, completedOn, note));
        redirect.addFlashAttribute("successMessage", messages.get(status == MeasureStatus.DONE
                ? "measure.done" : "measure.reopened"));
        return "redirect:/problems/" + measure.getProblemId() + "#measures";
    }

    @PostMapping("/measures/{id}/move")
    String move(@PathVariable long id, @RequestParam String direction) {
        long problemId = plans.get(id).getProblemId();
        plans.move(id, "up".equals(direction));
        return "redirect:/problems/" + problemId + "#measures";
    }

    @PostMapping("/measures/{id}/remove")
    String remove(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        long problemId = plans.get(id).getProblemId();
        plans.remove(id, version, reason);
        redirect.addFlashAttribute("successMessage", messages.get("measure.removed"));
        return "redirect:/problems/" + problemId + "#measures";
    }
}
