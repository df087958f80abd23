/**
 * Supervision (跟踪调度、督查督办): deadline warnings turned into a daily reminder digest per person with escalation,
 * in-app notifications (also at once on lifecycle events), delivery by e-mail and group-robot webhooks with
 * retries, and supervision orders (督办单).
 *
 * <p>Depends on: {@code inspection} (deadlines warned of); {@code rectification} (measures and tasks warned of);
 * {@code lifecycle} (the events it tells reviewers of);
 * {@code selfcheck} (self-checks units are told of); {@code duty} (standing duties' periods warned of);
 * {@code org} (recipients); {@code shared} (errors and the
 * clock).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"inspection", "rectification", "lifecycle", "selfcheck", "duty", "org", "shared"})
package rectify.supervision;
