/**
 * The organisation: the org tree, user accounts and roles, the data scope every module asks, sign-in and tokens.
 *
 * <p>Depends on: {@code shared} (errors and change announcements).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
        allowedDependencies = {"shared"})
package rectify.org;
