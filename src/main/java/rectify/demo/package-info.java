/**
 * The demo data (profile {@code demo}): the district's organisation and accounts, the seed report's inspection
 * entered as recorded history, a current inspection walked through the real lifecycle into every status, and the
 * seed report's narrative sections. It uses the other modules' APIs as a person would; nothing depends on it (an
 * architecture test says so), so the product runs the same without it.
 *
 * <p>Depends on: {@code org} (the district and its accounts); {@code inspection} (inspections and problems); {@code
 * rectification} (measures and progress); {@code lifecycle} (steps a person takes); {@code outcome} (recorded
 * outcomes); {@code evidence} (files filed as evidence); {@code report} (the seed report's narrative); {@code
 * shared} (the clock).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"org", "inspection", "rectification", "lifecycle", "outcome", "evidence", "report", "shared"})
package rectify.demo;
