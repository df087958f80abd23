/**
 * The append-only audit log: every change announced by any module and every sign-in, kept as a keyed chain.
 *
 * <p>Depends on: {@code org} (who acted, and the audit administrator's role); {@code shared} (the change
 * announcements it records).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
        allowedDependencies = {"org", "shared"})
package rectify.audit;
