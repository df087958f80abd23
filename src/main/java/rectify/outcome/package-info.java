/**
 * Outcomes of rectification that reports count (整改成效): institutions made, revised or abolished, accountability
 * by kind of measure, funds returned or recovered; recorded against problems and summed for the round summary.
 */
package rectify.outcome;
