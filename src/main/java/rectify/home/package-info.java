/**
 * The landing page of the app shell: the workbench of what waits for the person signed in.
 *
 * <p>Depends on: {@code inspection} (the person's problems); {@code rectification} (tasks and measures); {@code
 * lifecycle} (reviews waiting); {@code supervision} (notifications and orders); {@code org} (who is signed in);
 * {@code shared} (paging).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench",
        allowedDependencies = {"inspection", "rectification", "lifecycle", "supervision", "org", "shared"})
package rectify.home;
