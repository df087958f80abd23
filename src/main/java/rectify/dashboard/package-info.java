/**
 * Figures for the dashboards (统计看板) and the round summary: per unit, inspection, department and person, every
 * figure carrying the ledger filter that lists exactly the problems it counts.
 */
package rectify.dashboard;
