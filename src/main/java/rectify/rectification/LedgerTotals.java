package rectify.rectification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many problems a query over them matches (the ledger's pages, the workbench's and the inbox's figures). Counting
 * every row of a province's ledger on every page costs more than the page itself, so a total is exact while it is
 * small (up to {@code rectify.ledger.exact-total-up-to}, counted with a limit so the count stops there); above that
 * the same query's total is counted once and reused for {@code rectify.ledger.total-max-age}, and the answer says it
 * is not exact (the page shows "约").
 */
@Component
public class LedgerTotals {

    public record Total(long count, boolean exact) {
    }

    /** The problems per status (by the status's name), exact or counted once like a {@link Total}. */
    public record ByStatus(Map<String, Long> counts, boolean exact) {
    }

    /** A count taken at a moment: a total, or the counts per status. */
    private record Counted(Object value, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long exactUpTo;
    private final Duration maxAge;
    private final Map<String, Counted> large = new ConcurrentHashMap<>();
    /** The aged totals one request is counting again right now. */
    private final java.util.Set<String> recounting = ConcurrentHashMap.newKeySet();

    /** The problems per status (the ledger's status chips), under the same rule as the total. */
    ByStatus byStatus(String fromWhere, Map<String, Object> params) {
        Result<Map<String, Long>> counted = countedOnce("status:" + fromWhere + params, fromWhere, params, () -> {
            Map<String, Long> counts = new java.util.HashMap<>();
            bind(jdbc.sql("select p.status, count(*) as n" + fromWhere + " group by p.status"), params)
                    .query((rs, n) -> counts.put(rs.getString("status"), rs.getLong("n"))).list();
            return counts;
        }, null);
        return new ByStatus(counted.value(), counted.exact());
    }

    LedgerTotals(JdbcClient jdbc, Clock clock, @Value("${rectify.ledger.exact-total-up-to:10000}") long exactUpTo,
                 @Value("${rectify.ledger.total-max-age:PT1M}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.exactUpTo = exactUpTo;
        this.maxAge = maxAge;
    }

    /** {@code fromWhere} is the query's FROM and WHERE, with its named parameters. */
    public Total of(String fromWhere, Map<String, Object> params) {
        Result<Long> total = countedOnce(fromWhere + params, fromWhere, params,
                () -> bind(jdbc.sql("select count(*)" + fromWhere), params).query(Long.class).single(), capped -> capped);
        return new Total(total.value(), total.exact());
    }

    /**
     * The key values of every {@code every}-th row the query matches in an order ({@code everyNth}, its SQL with
     * the parameter {@code every}), under the same rule as the total: none while the query matches few rows (a jump
     * by page number just skips them then), otherwise read once and reused for as long as a total is, so a jump to a
     * page far down is as far from exact as the total shown beside it (the page says "约").
     */
    java.util.List<java.util.List<Object>> landmarks(String everyNth, int every, String fromWhere,
                                                     Map<String, Object> params) {
        return countedOnce("every " + every + ":" + everyNth + params, fromWhere, params,
                () -> bind(jdbc.sql(everyNth), params).param("every", every).query((rs, n) -> {
                    java.util.List<Object> values = new java.util.ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.add(rs.getObject(i));
                    }
                    return values;
                }).list(), capped -> null).value();
    }

    private record Result<T>(T value, boolean exact) {
    }

    /**
     * Counts now while the query matches few rows ({@code small} reads the answer off the capped count where it
     * can); above the threshold, counts once and reuses the count for {@link #maxAge}, saying it is not exact. When
     * that count has aged, one request counts again while the others go on showing the one they have: eight people
     * paging at the moment it aged all counted half a million rows at once before (p99 1.5–2.3 s).
     */
    @SuppressWarnings("unchecked")
    private <T> Result<T> countedOnce(String key, String fromWhere, Map<String, Object> params,
                                      java.util.function.Supplier<T> count, java.util.function.LongFunction<T> small) {
        Instant now = clock.instant();
        Counted known = large.get(key);
        if (known != null && (!known.at().plus(maxAge).isBefore(now) || !recounting.add(key))) {
            return new Result<>((T) known.value(), false);
        }
        try {
            long capped = bind(jdbc.sql("select count(*) from (select 1 as one" + fromWhere + " limit :countCap) capped"),
                    params).param("countCap", exactUpTo + 1).query(Long.class).single();
            if (capped <= exactUpTo) {
                large.remove(key);
                return new Result<>(small != null ? small.apply(capped) : count.get(), true);
            }
            T value = count.get();
            if (large.size() > 1000) {
                large.clear();
            }
            large.put(key, new Counted(value, now));
            return new Result<>(value, false);
        } finally {
            if (known != null) {
                recounting.remove(key);
            }
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        params.forEach(spec::param);
        return spec;
    }
}
