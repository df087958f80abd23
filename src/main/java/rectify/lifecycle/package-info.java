/**
 * The lifecycle around the problem aggregate, as one table ({@link rectify.inspection.ProblemTransition}): plan
 * review, closure requests (销号) reviewed level by level, long-term items, reopening and deadline extensions; its
 * panel on the problem's page, its API, each reviewer's inbox, and the business events it publishes
 * ({@link rectify.lifecycle.LifecycleEvents}).
 *
 * <p>Depends on: {@code inspection} (the problem it moves); {@code rectification} (the plan a submission needs);
 * {@code evidence} (files with a closure request); {@code org} (roles of each step); {@code shared} (events and
 * errors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lifecycle",
        allowedDependencies = {"inspection", "rectification", "evidence", "org", "shared"})
package rectify.lifecycle;
