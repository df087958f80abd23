package rectify.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The SQL every read model counts with says what the Java rule says, problem by problem of the demo ledger (which
 * holds every status, long-term problems with review dates, problems closed on time and late): the due date, being
 * overdue, being closed on time.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class ProblemSqlTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WarningPolicy policy;

    @Autowired
    Clock clock;

    @Test
    void dueOverdueAndOnTimeInSqlAreTheJavaRules() {
        LocalDate today = LocalDate.now(clock);
        record Row(ProblemStatus status, LocalDate deadline, LocalDate nextReview, LocalDate closedOn, LocalDate due,
                   boolean overdue, boolean onTime) {
        }
        var rows = jdbc.sql("select p.status, p.deadline, p.next_review_date, p.closed_on, " + ProblemSql.DUE + " as due,"
                        + " case when " + ProblemSql.OVERDUE + " then 1 else 0 end as overdue,"
                        + " case when " + ProblemSql.CLOSED_ON_TIME + " then 1 else 0 end as on_time" + ProblemSql.FROM)
                .param("today", today)
                .query((rs, n) -> new Row(ProblemStatus.valueOf(rs.getString("status")),
                        rs.getObject("deadline", LocalDate.class), rs.getObject("next_review_date", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("due", LocalDate.class),
                        rs.getInt("overdue") == 1, rs.getInt("on_time") == 1))
                .list();
        assertThat(rows).hasSizeGreaterThan(20);
        assertThat(rows).anyMatch(Row::overdue).anyMatch(Row::onTime).anyMatch(r -> r.status() == ProblemStatus.ONGOING);
        for (Row r : rows) {
            assertThat(r.due()).as("due of %s", r).isEqualTo(WarningPolicy.dueOf(r.status(), r.deadline(), r.nextReview()));
            assertThat(r.overdue()).as("overdue of %s", r)
                    .isEqualTo(policy.levelOf(r.status(), r.deadline(), r.nextReview(), today) == WarningLevel.OVERDUE);
            assertThat(r.onTime()).as("on time of %s", r).isEqualTo(r.status() == ProblemStatus.CLOSED
                    && r.closedOn() != null && r.deadline() != null && !r.closedOn().isAfter(r.deadline()));
        }
    }
}
