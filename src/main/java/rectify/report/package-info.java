/**
 * The rectification report (整改落实情况报告): its heading facts and narrative sections as the unit writes them, the
 * content composed from the ledger by status, the public version, the check for names that must not be published,
 * and the docx written in the GB/T 9704 format of the document module.
 *
 * <p>Depends on: {@code inspection} (the problems reported); {@code rectification} (measures and progress); {@code
 * lifecycle} (closure summaries); {@code outcome} (outcomes counted); {@code lookback} (a
 * look-back's verdicts); {@code duty} (standing duties and how they were kept); {@code document} (the page format); {@code
 * org} (scope and names); {@code shared} (errors and downloads).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report",
        allowedDependencies = {"inspection", "rectification", "lifecycle", "outcome", "lookback", "duty", "document", "org", "shared"})
package rectify.report;
