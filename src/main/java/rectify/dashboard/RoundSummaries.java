package rectify.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionRound;
import rectify.inspection.ProblemOrigin;
import rectify.inspection.Inspections;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.outcome.Outcome;
import rectify.outcome.Outcomes;
import rectify.shared.BusinessException;

/**
 * The round summary (巡察整改情况汇总) for the inspection office and oversight: every inspected unit of a round with
 * the figures of the problems fed back, the problems it found itself (自查自纠, counted apart, never as feedback), its
 * outcomes (institutions, accountability, funds), and the totals.
 */
@Service
@Transactional(readOnly = true)
public class RoundSummaries {

    public record RoundSummary(long roundId, String roundName, LocalDate asOf, List<UnitSummary> units,
                               Figures total, Figures selfFound, Outcome.Totals outcomes, FollowUp followUp) {
    }

    /**
     * What followed the rectification: how the problems revisited by the round's 回头看 held, and the standing duties
     * set up with the share of their periods kept on time (null while none has ended).
     */
    public record FollowUp(int revisited, int held, int notHeld, int relapsed, int paperOnly, int duties,
                           Integer dutiesOnTimePercent) {
    }

    /** One inspected unit of the round: the figures of its feedback, of what it found itself, and its outcomes. */
    public record UnitSummary(long unitId, String name, Figures figures, Figures selfFound, Outcome.Totals outcomes) {
    }

    private final Inspections inspections;
    private final Statistics statistics;
    private final Outcomes outcomes;
    private final rectify.lookback.LookBacks lookBacks;
    private final rectify.duty.StandingDuties duties;

    RoundSummaries(Inspections inspections, Statistics statistics, Outcomes outcomes,
                   rectify.lookback.LookBacks lookBacks, rectify.duty.StandingDuties duties) {
        this.lookBacks = lookBacks;
        this.duties = duties;
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
        Statistics.Overview feedback = statistics.overview(roundId, null, Statistics.Grouping.UNIT, false,
                ProblemOrigin.FEEDBACK);
        Statistics.Overview selfFound = statistics.overview(roundId, null, Statistics.Grouping.UNIT, false,
                ProblemOrigin.SELF_CHECK);
        Map<Long, Statistics.Row> ownRows = new HashMap<>();
        selfFound.rows().forEach(r -> ownRows.put(r.id(), r));
        Map<Long, Outcome.Totals> achieved = outcomes.totalsByUnit(roundId);
        List<UnitSummary> units = new ArrayList<>();
        for (Statistics.Row r : feedback.rows()) {
            Statistics.Row own = ownRows.remove(r.id());
            units.add(new UnitSummary(r.id(), r.name(), r.figures(), own == null ? none(roundId, r.id(),
                    ProblemOrigin.SELF_CHECK) : own.figures(),
                    achieved.getOrDefault(r.id(), Outcome.Totals.NONE)));
        }
        // a unit with only problems it found itself is listed too, with no feedback
        ownRows.values().forEach(own -> units.add(new UnitSummary(own.id(), own.name(),
                none(roundId, own.id(), ProblemOrigin.FEEDBACK), own.figures(),
                achieved.getOrDefault(own.id(), Outcome.Totals.NONE))));
        Outcome.Totals total = units.stream().map(UnitSummary::outcomes).reduce(Outcome.Totals.NONE,
                Outcome.Totals::plus);
        return new RoundSummary(roundId, round.getName(), feedback.asOf(), units, feedback.total(), selfFound.total(),
                total, followUp(roundId));
    }

    private FollowUp followUp(long roundId) {
        var verdicts = lookBacks.figuresOfRound(roundId);
        var byVerdict = verdicts.byVerdict();
        var kept = duties.figuresOfRound(roundId);
        return new FollowUp(verdicts.revisited(), byVerdict.get(rectify.lookback.LookBackItem.Verdict.HELD),
                byVerdict.get(rectify.lookback.LookBackItem.Verdict.NOT_HELD),
                byVerdict.get(rectify.lookback.LookBackItem.Verdict.RELAPSED),
                byVerdict.get(rectify.lookback.LookBackItem.Verdict.PAPER_ONLY), kept.duties(), kept.onTimePercent());
    }

    private static Figures none(long roundId, long unitId, ProblemOrigin origin) {
        return Figures.none(Statistics.query(Map.of("roundId", roundId, "unitId", unitId, "origin", origin)));
    }

    public List<InspectionRound> rounds() {
        return inspections.rounds();
    }
}
