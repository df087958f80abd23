/**
 * Evidence files (佐证材料): stored once per content under their SHA-256, never under a name taken from the user,
 * type checked by content, and handed out only through a scope check.
 *
 * <p>Depends on: {@code org} (the data scope of a download); {@code shared} (errors and voiding).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
        allowedDependencies = {"org", "shared"})
package rectify.evidence;
