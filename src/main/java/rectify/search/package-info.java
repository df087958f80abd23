/**
 * Search (举一反三 across everything): Chinese text looked up in every problem, measure and look-back finding the
 * caller may see, by the same rule and index as the ledger's text filter, with a snippet around where it was found.
 *
 * <p>Depends on: {@code inspection} (the text rule and the problem's SQL vocabulary); {@code org} (scope);
 * {@code shared} (pages of results).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"inspection", "org", "shared"})
package rectify.search;
