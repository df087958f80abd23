/**
 * Figures for the dashboards (统计看板) and the round summary: per unit, inspection, department and person, every
 * figure carrying the ledger filter that lists exactly the problems it counts.
 *
 * <p>Depends on: {@code inspection} (the problems counted and their SQL vocabulary); {@code outcome} (the outcomes
 * summed in a round); {@code lookback} and {@code duty} (what followed: verdicts and standing duties, in the round's
 * summary); {@code org} (scope and names); {@code shared} (paging and errors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards",
        allowedDependencies = {"inspection", "outcome", "lookback", "duty", "org", "shared"})
package rectify.dashboard;
