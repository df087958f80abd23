/**
 * The rectification plan and its progress: measures per problem (一是、二是…), dated progress with evidence, the
 * ledger (问题台账) and each person's tasks.
 *
 * <p>Depends on: {@code inspection} (the problems planned); {@code evidence} (files with progress); {@code audit}
 * (histories shown); {@code org} (people and scope); {@code shared} (errors, voiding and paging).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans and ledger",
        allowedDependencies = {"inspection", "evidence", "audit", "org", "shared"})
package rectify.rectification;
