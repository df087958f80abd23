/**
 * The stateless renderers of documents out: the GB/T 9704 page format ({@link rectify.document.GbtLayout}) every
 * official document uses, the ledger workbook, the evidence package, the closure form, the supervision order and the
 * round summary, with their downloads. The report's own content is the report module's; reading documents in is
 * the intake module's.
 *
 * <p>Depends on: {@code inspection} (the problems written out); {@code rectification} (measures and progress in the
 * ledger); {@code lifecycle} (review decisions on the closure form); {@code supervision} (the supervision order
 * printed); {@code dashboard} (the round summary's figures); {@code outcome} (outcomes in the round summary);
 * {@code evidence} (the files packed); {@code org} (scope and names); {@code shared} (downloads and errors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents out",
        allowedDependencies = {"inspection", "rectification", "lifecycle", "supervision", "dashboard", "outcome", "evidence", "org", "shared"})
package rectify.document;
