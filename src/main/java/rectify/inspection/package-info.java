/**
 * Inspections and what they found: rounds, inspections, feedback aspects and problems with who answers for them,
 * the problem's status (whose transitions only the lifecycle starts), deadline warnings and the problem's SQL
 * vocabulary every read model uses.
 *
 * <p>Depends on: {@code org} (units, people and the data scope); {@code audit} (the problem's history); {@code
 * shared} (errors, voiding and paging).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections and problems",
        allowedDependencies = {"org", "audit", "shared"})
package rectify.inspection;
