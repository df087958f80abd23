package rectify.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionRound;
import rectify.inspection.Inspections;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.outcome.Outcome;
import rectify.outcome.Outcomes;
import rectify.shared.BusinessException;

/**
 * The round summary (巡察整改情况汇总) for the inspection office and oversight: every inspected unit of a round with
 * its figures and outcomes (institutions, accountability, funds), and the totals.
 */
@Service
@Transactional(readOnly = true)
public class RoundSummaries {

    public record RoundSummary(long roundId, String roundName, LocalDate asOf, List<UnitSummary> units,
                               Figures total, Outcome.Totals outcomes) {
    }

    /** One inspected unit of the round: its figures and what its rectification achieved. */
    public record UnitSummary(long unitId, String name, Figures figures, Outcome.Totals outcomes) {
    }

    private final Inspections inspections;
    private final Statistics statistics;
    private final Outcomes outcomes;

    RoundSummaries(Inspections inspections, Statistics statistics, Outcomes outcomes) {
        this.inspections = inspections;
        this.statistics = statistics;
        this.outcomes = outcomes;
    }

    public RoundSummary of(long roundId) {
        if (!CurrentUser.require().hasAny(Role.INSPECTION_OFFICE, Role.OVERSIGHT)) {
            throw BusinessException.forbiddenWith("dashboard.rule.officeOnly");
        }
        InspectionRound round = inspections.rounds().stream().filter(r -> r.getId() == roundId).findFirst()
                .orElseThrow(BusinessException::notFound);
        Statistics.Overview overview = statistics.overview(roundId, null, Statistics.Grouping.UNIT, false);
        Map<Long, Outcome.Totals> achieved = outcomes.totalsByUnit(roundId);
        List<UnitSummary> units = overview.rows().stream().map(r -> new UnitSummary(r.id(), r.name(), r.figures(),
                achieved.getOrDefault(r.id(), Outcome.Totals.NONE))).toList();
        Outcome.Totals total = units.stream().map(UnitSummary::outcomes).reduce(Outcome.Totals.NONE,
                Outcome.Totals::plus);
        return new RoundSummary(roundId, round.getName(), overview.asOf(), units, overview.total(), total);
    }

    public List<InspectionRound> rounds() {
        return inspections.rounds();
    }
}
