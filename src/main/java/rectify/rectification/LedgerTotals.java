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
 * How many problems a ledger query matches. Counting every row of a province's ledger on every page costs more than
 * the page itself, so a total is exact while it is small (up to {@code rectify.ledger.exact-total-up-to}, counted
 * with a limit so the count stops there); above that the same query's total is counted once and reused for
 * {@code rectify.ledger.total-max-age}, and the answer says it is not exact (the page shows "约").
 */
@Component
class LedgerTotals {

    record Total(long count, boolean exact) {
    }

    private record Counted(long count, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long exactUpTo;
    private final Duration maxAge;
    private final Map<String, Counted> large = new ConcurrentHashMap<>();

    LedgerTotals(JdbcClient jdbc, Clock clock, @Value("${rectify.ledger.exact-total-up-to:10000}") long exactUpTo,
                 @Value("${rectify.ledger.total-max-age:PT1M}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.exactUpTo = exactUpTo;
        this.maxAge = maxAge;
    }

    /** {@code fromWhere} is the query's FROM and WHERE, with its named parameters. */
    Total of(String fromWhere, Map<String, Object> params) {
        String key = fromWhere + params;
        Instant now = clock.instant();
        Counted known = large.get(key);
        if (known != null && !known.at().plus(maxAge).isBefore(now)) {
            return new Total(known.count(), false);
        }
        long capped = bind(jdbc.sql("select count(*) from (select 1 as one" + fromWhere + " limit :countCap) capped"),
                params).param("countCap", exactUpTo + 1).query(Long.class).single();
        if (capped <= exactUpTo) {
            return new Total(capped, true);
        }
        if (large.size() > 1000) {
            large.clear();
        }
        Counted counted = new Counted(bind(jdbc.sql("select count(*)" + fromWhere), params).query(Long.class).single(),
                now);
        large.put(key, counted);
        return new Total(counted.count(), false);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        params.forEach(spec::param);
        return spec;
    }
}
