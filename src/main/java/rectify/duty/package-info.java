/**
 * Standing duties (长效机制): what a rectification set up that must keep happening — a weekly study session, a
 * monthly fund review — with who does it and how often; each time it is done is recorded with evidence, and every
 * period shows as done, done late, missed or due. Missed and coming periods enter the daily reminders.
 *
 * <p>Depends on: {@code inspection} (the problem a duty comes from; who may see it; the unit's people);
 * {@code evidence} (files of an occurrence); {@code org} (roles); {@code shared} (errors and audit).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standing duties",
        allowedDependencies = {"inspection", "evidence", "org", "shared"})
package rectify.duty;
