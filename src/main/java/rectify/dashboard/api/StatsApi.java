package rectify.dashboard.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.dashboard.RoundSummaries;
import rectify.dashboard.Statistics;
import rectify.inspection.ProblemOrigin;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;

/**
 * Figures for dashboards and summaries, within the caller's scope. Every figure carries {@code ledger}: the query
 * for {@code /api/v1/problems} that lists exactly what it counts.
 */
@RestController
@BusinessRoles
class StatsApi {

    private final Statistics statistics;
    private final RoundSummaries summaries;

    StatsApi(Statistics statistics, RoundSummaries summaries) {
        this.statistics = statistics;
        this.summaries = summaries;
    }

    @GetMapping("/api/v1/stats")
    Statistics.Overview stats(@RequestParam(required = false) Long roundId,
                              @RequestParam(required = false) Long inspectionId,
                              @RequestParam(defaultValue = "UNIT") Statistics.Grouping by,
                              @RequestParam(defaultValue = "false") boolean people,
                              @RequestParam(required = false) ProblemOrigin origin) {
        return statistics.overview(roundId, inspectionId, by, people, origin);
    }

    @GetMapping("/api/v1/stats/mine")
    Statistics.Mine mine() {
        return statistics.mine(CurrentUser.require().id());
    }

    @GetMapping("/api/v1/rounds/{id}/summary")
    RoundSummaries.RoundSummary summary(@PathVariable long id) {
        return summaries.of(id);
    }
}
