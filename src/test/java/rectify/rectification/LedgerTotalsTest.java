package rectify.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import rectify.inspection.ProblemSql;

/**
 * A ledger's total is exact while small; above the threshold it is counted once, reused for a while and said to be
 * approximate, so a province's ledger does not count half a million rows for every page.
 */
@SpringBootTest(properties = {"rectify.ledger.exact-total-up-to=5", "rectify.ledger.total-max-age=PT1H"})
@ActiveProfiles({"demo", "test"})
class LedgerTotalsTest {

    @Autowired
    LedgerTotals totals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void smallTotalsAreExactAndLargeOnesAreCountedOnceAndSaidToBeApproximate() {
        String everything = ProblemSql.FROM + " where" + ProblemSql.IN_SCOPE;
        Map<String, Object> all = Map.of("scope", "/%");
        long actual = jdbc.sql("select count(*)" + everything).param("scope", "/%").query(Long.class).single();
        assertThat(actual).isGreaterThan(5);

        LedgerTotals.Total large = totals.of(everything, all);
        var statuses = totals.byStatus(everything, all);
        assertThat(statuses.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(actual);
        assertThat(statuses.exact()).as("counted once, like the total").isFalse();
        assertThat(large.exact()).isFalse();
        assertThat(large.count()).isEqualTo(actual);

        String one = everything + " and p.seq = 1 and p.inspection_id = (select min(id) from inspection)";
        LedgerTotals.Total small = totals.of(one, all);
        assertThat(small).isEqualTo(new LedgerTotals.Total(1, true));
        assertThat(totals.byStatus(one, all).exact()).as("a few problems' statuses are counted now").isTrue();

        // the large total is reused: a problem more is not counted until the total is a minute old
        long inspection = jdbc.sql("select min(id) from inspection").query(Long.class).single();
        jdbc.sql("""
                insert into problem (inspection_id, category_id, seq, title, rectification_type, origin, status, created_at)
                select inspection_id, category_id, 9999, '计数测试', 'TIME_LIMITED', 'FEEDBACK', 'PLANNING', created_at
                from problem where inspection_id = :i and seq = 1""").param("i", inspection).update();
        try {
            assertThat(totals.of(everything, all).count()).isEqualTo(actual);
            assertThat(totals.byStatus(everything, all)).as("the status counts too").isEqualTo(statuses);
        } finally {
            jdbc.sql("delete from problem where seq = 9999").update();
        }
    }

    @Test
    void anAgedTotalIsCountedAgainByOneRequestWhileTheOthersShowTheOneTheyHave() throws Exception {
        String everything = ProblemSql.FROM + " where" + ProblemSql.IN_SCOPE;
        Map<String, Object> all = Map.of("scope", "/%");
        java.util.concurrent.atomic.AtomicInteger counts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-11-30T08:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public java.time.Instant instant() {
                return now.get();
            }
        };
        LedgerTotals slow = new LedgerTotals(JdbcClient.create(slowCounting(dataSource, counts)), clock, 5,
                java.time.Duration.ofMinutes(1));
        long first = slow.of(everything, all).count();
        assertThat(counts.get()).as("the capped count, then the whole").isEqualTo(2);

        now.set(now.get().plusSeconds(61));
        int people = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(people);
        try {
            java.util.List<java.util.concurrent.Future<LedgerTotals.Total>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < people; i++) {
                answers.add(pool.submit(() -> slow.of(everything, all)));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(new LedgerTotals.Total(first, false));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counts.get()).as("one request counted again, the other seven showed the aged total").isEqualTo(4);
    }

    /** A data source whose counts take a while (as half a million rows do) and are counted. */
    static javax.sql.DataSource slowCounting(javax.sql.DataSource real, java.util.concurrent.atomic.AtomicInteger counts) {
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(LedgerTotalsTest.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (ds, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (!(result instanceof java.sql.Connection connection)) {
                        return result;
                    }
                    return java.lang.reflect.Proxy.newProxyInstance(LedgerTotalsTest.class.getClassLoader(),
                            new Class<?>[] {java.sql.Connection.class}, (c, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql
                                        && sql.startsWith("select count(*)")) {
                                    counts.incrementAndGet();
                                    Thread.sleep(300);
                                }
                                return m.invoke(connection, a);
                            });
                });
    }
}
