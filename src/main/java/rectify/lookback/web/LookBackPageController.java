package rectify.lookback.web;

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

import rectify.inspection.Inspection;
import rectify.inspection.InspectionKind;
import rectify.inspection.Inspections;
import rectify.lookback.LookBackItem;
import rectify.lookback.LookBacks;
import rectify.org.BusinessRoles;
import rectify.shared.web.HtmxFragment;
import rectify.shared.web.Messages;

/**
 * 回头看 in the pages: on a look-back's page the problems it revisits with a verdict form each and the figures; on
 * any other inspection's page the office's form to schedule one.
 */
@Controller
@BusinessRoles
class LookBackPageController {

    private final LookBacks lookBacks;
    private final Inspections inspections;
    private final Messages messages;
    private final rectify.duty.StandingDuties duties;
    private final rectify.lookback.LookBackProposals proposals;

    LookBackPageController(LookBacks lookBacks, Inspections inspections, Messages messages,
                           rectify.duty.StandingDuties duties, rectify.lookback.LookBackProposals proposals) {
        this.duties = duties;
        this.proposals = proposals;
        this.lookBacks = lookBacks;
        this.inspections = inspections;
        this.messages = messages;
    }

    @HtmxFragment(page = "/inspections/{id}#look-back")
    @GetMapping("/inspections/{id}/look-back")
    String panel(@PathVariable long id, Model model) {
        Inspection inspection = inspections.get(id);
        boolean lookBack = inspection.getKind() == InspectionKind.LOOK_BACK;
        model.addAttribute("inspectionId", id);
        model.addAttribute("isLookBack", lookBack);
        model.addAttribute("mayJudge", lookBacks.callerMayJudge());
        model.addAttribute("verdicts", LookBackItem.Verdict.values());
        if (lookBack) {
            List<LookBackItem> items = lookBacks.itemsOf(id);
            model.addAttribute("items", items);
            model.addAttribute("figures", LookBacks.Figures.of(items));
            // the standing duties each problem's rectification set up, and how they were kept: what the group checks
            java.util.Map<Long, List<rectify.duty.StandingDuty>> kept = new java.util.HashMap<>();
            items.forEach(i -> kept.put(i.problemId(), duties.ofProblem(i.problemId())));
            model.addAttribute("duties", kept);
        }
        return "lookback/panel :: panel";
    }

    /** On the inspection list, for the office: inspections closed long enough ago to be looked back at. */
    @HtmxFragment(page = "/inspections#look-back-proposals")
    @GetMapping("/look-backs/proposals")
    String proposals(Model model) {
        model.addAttribute("proposals", proposals.proposals());
        model.addAttribute("afterMonths", proposals.afterMonths());
        return "lookback/panel :: proposals";
    }

    @PostMapping("/inspections/{id}/look-backs")
    String schedule(@PathVariable long id, @RequestParam(required = false) String groupName,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsiteFrom,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsiteTo,
                    RedirectAttributes redirect) {
        Inspection lookBack = lookBacks.schedule(new LookBacks.Draft(id, null, groupName, onsiteFrom, onsiteTo));
        redirect.addFlashAttribute("successMessage", messages.get("lookBack.scheduled"));
        return "redirect:/inspections/" + lookBack.getId() + "#look-back";
    }

    @PostMapping("/look-back-items/{id}/verdict")
    String verdict(@PathVariable long id, @RequestParam(required = false) LookBackItem.Verdict verdict,
                   @RequestParam(required = false) String findings, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        LookBackItem item = lookBacks.decide(id, verdict, findings, version);
        redirect.addFlashAttribute("successMessage", messages.get(item.reopenedCycle() != null
                ? "lookBack.judgedReopened" : "lookBack.judged"));
        return "redirect:/inspections/" + item.lookBackId() + "#look-back";
    }
}
