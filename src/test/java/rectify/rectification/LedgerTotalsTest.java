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

    @Test
    void smallTotalsAreExactAndLargeOnesAreCountedOnceAndSaidToBeApproximate() {
        String everything = ProblemSql.FROM + " where" + ProblemSql.IN_SCOPE;
        Map<String, Object> all = Map.of("scope", "/%");
        long actual = jdbc.sql("select count(*)" + everything).param("scope", "/%").query(Long.class).single();
        assertThat(actual).isGreaterThan(5);

        LedgerTotals.Total large = totals.of(everything, all);
        var statuses = totals.byStatus(everything, all);
        assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(actual);
        assertThat(large.exact()).isFalse();
        assertThat(large.count()).isEqualTo(actual);

        String one = everything + " and p.seq = 1 and p.inspection_id = (select min(id) from inspection)";
        LedgerTotals.Total small = totals.of(one, all);
        assertThat(small).isEqualTo(new LedgerTotals.Total(1, true));

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
}
