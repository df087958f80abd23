/**
 * 回头看 (look-backs): a later inspection that revisits problems closed or kept up as long-term and records, for
 * each, whether the rectification held (整改到位 / 不到位 / 反弹回潮 / 纸面整改); not held and relapsed send a closed
 * problem back into rectification as a new cycle.
 *
 * <p>Depends on: {@code inspection} (the look-back is an inspection; the problems it revisits); {@code lifecycle}
 * (the reopen); {@code duty} (the standing duties a revisited problem set up, shown beside it); {@code org} (the
 * office's role); {@code shared} (errors and audit).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Look-backs",
        allowedDependencies = {"inspection", "lifecycle", "duty", "org", "shared"})
package rectify.lookback;
