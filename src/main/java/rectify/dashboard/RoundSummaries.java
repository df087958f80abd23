package rectify.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionRound;
import rectify.inspection.Inspections;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.shared.BusinessException;

/**
 * The round summary (巡察整改情况汇总) for the inspection office and oversight: every inspected unit of a round with
 * its figures, and the total. Institutions, accountability and funds join it once the outcome module records them.
 */
@Service
@Transactional(readOnly = true)
public class RoundSummaries {

    public record RoundSummary(long roundId, String roundName, LocalDate asOf, List<Statistics.Row> units,
                               Figures total) {
    }

    private final Inspections inspections;
    private final Statistics statistics;

    RoundSummaries(Inspections inspections, Statistics statistics) {
        this.inspections = inspections;
        this.statistics = statistics;
    }

    public RoundSummary of(long roundId) {
        if (!CurrentUser.require().hasAny(Role.INSPECTION_OFFICE, Role.OVERSIGHT)) {
            throw BusinessException.forbiddenWith("dashboard.rule.officeOnly");
        }
        InspectionRound round = inspections.rounds().stream().filter(r -> r.getId() == roundId).findFirst()
                .orElseThrow(BusinessException::notFound);
        Statistics.Overview overview = statistics.overview(roundId, null, Statistics.Grouping.UNIT, false);
        return new RoundSummary(roundId, round.getName(), overview.asOf(), overview.rows(), overview.total());
    }

    public List<InspectionRound> rounds() {
        return inspections.rounds();
    }
}
