/**
 * 举一反三 self-checks: from a problem found in one unit, the inspection office asks chosen units whether they have the
 * same problem; a unit that has it files it as a self-found problem of its own self-check, which then goes through
 * the plan and the lifecycle like any other.
 *
 * <p>Depends on: {@code inspection} (the source problem; the unit's self-check inspection and its problem);
 * {@code org} (roles and scope); {@code shared} (errors and audit).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-checks",
        allowedDependencies = {"inspection", "org", "shared"})
package rectify.selfcheck;
