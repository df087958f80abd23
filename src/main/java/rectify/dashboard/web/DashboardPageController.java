package rectify.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.dashboard.RoundSummaries;
import rectify.dashboard.Statistics;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.org.Role;

/**
 * 统计看板, by role: the inspection office and oversight see a round's units, rankings and weekly closures; a unit's
 * coordinator and leader see their inspections and their people's overdue items; a responsible person sees their
 * own problems by warning level. Every number links to the ledger filtered to exactly what it counts.
 */
@Controller
@BusinessRoles
class DashboardPageController {

    private final Statistics statistics;
    private final RoundSummaries summaries;

    DashboardPageController(Statistics statistics, RoundSummaries summaries) {
        this.statistics = statistics;
        this.summaries = summaries;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Long roundId, Model model) {
        CurrentUser user = CurrentUser.require();
        boolean office = user.hasAny(Role.INSPECTION_OFFICE, Role.OVERSIGHT);
        boolean unit = user.hasAny(Role.UNIT_COORDINATOR, Role.UNIT_LEADER);
        model.addAttribute("view", office ? "office" : unit ? "unit" : "person");
        if (office) {
            var rounds = summaries.rounds();
            Long chosen = roundId != null ? roundId : rounds.isEmpty() ? null : rounds.get(0).getId();
            model.addAttribute("rounds", rounds);
            model.addAttribute("roundId", chosen);
            model.addAttribute("overview", statistics.overview(chosen, null, Statistics.Grouping.UNIT, false));
        } else if (unit) {
            model.addAttribute("overview", statistics.overview(null, null, Statistics.Grouping.INSPECTION, true));
        }
        model.addAttribute("mine", statistics.mine(user.id()));
        model.addAttribute("today", statistics.today());
        return "dashboard/dashboard";
    }
}
