/**
 * Inspections and what they found: rounds, inspections, feedback aspects and problems with who answers for them,
 * the problem's lifecycle status, and deadline warnings.
 */
package rectify.inspection;
