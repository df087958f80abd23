/**
 * Outcomes of rectification that reports count (整改成效): institutions made, revised or abolished, accountability
 * by kind of measure, funds returned or recovered; recorded against problems and summed for the round summary.
 *
 * <p>Depends on: {@code inspection} (the problem an outcome belongs to); {@code org} (who may record them); {@code
 * shared} (errors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes",
        allowedDependencies = {"inspection", "org", "shared"})
package rectify.outcome;
