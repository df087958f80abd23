/**
 * The demo data (profile {@code demo}): the district's organisation and accounts, the seed report's inspection
 * entered as recorded history, a current inspection walked through the real lifecycle into every status, and the
 * seed report's narrative sections; then what followed the seed: two standing duties kept for a year and a 回头看. It uses the other modules' APIs as a person would; nothing depends on it (an
 * architecture test says so), so the product runs the same without it.
 *
 * <p>Depends on: {@code org} (the district and its accounts); {@code inspection} (inspections and problems); {@code
 * rectification} (measures and progress); {@code lifecycle} (steps a person takes); {@code outcome} (recorded
 * outcomes); {@code evidence} (files filed as evidence); {@code report} (the seed report's narrative); {@code
 * duty} (standing duties and their record); {@code lookback} (the 回头看); {@code shared} (the clock).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"org", "inspection", "rectification", "lifecycle", "outcome", "evidence", "report", "duty", "lookback", "shared"})
package rectify.demo;
