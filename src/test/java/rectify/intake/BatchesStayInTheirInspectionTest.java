package rectify.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import rectify.org.RunAs;
import rectify.rectification.PlanBatch;
import rectify.rectification.Plans;
import rectify.shared.BusinessException;

/**
 * The batch that writes an import's measures writes them only to problems of the inspection it was given: a plan
 * naming another inspection's problem is refused and nothing is written.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class BatchesStayInTheirInspectionTest {

    @Autowired
    PlanBatch planBatch;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void measuresAreNotWrittenToAProblemOfAnotherInspection() {
        List<Long> inspections = jdbc.queryForList("select distinct inspection_id from problem order by inspection_id",
                Long.class);
        long mine = inspections.get(0);
        long other = inspections.get(1);
        long foreign = jdbc.queryForObject("select min(id) from problem where inspection_id = ?", Long.class, other);
        Integer before = jdbc.queryForObject("select count(*) from measure", Integer.class);
        var plan = new PlanBatch.NewPlan(foreign, null, List.of(new PlanBatch.NewMeasure(
                new Plans.MeasureDraft("一是补写一项措施", null, null), null)));

        assertThatThrownBy(() -> runAs.user("xcb.liu", () -> transactions.execute(status ->
                planBatch.enter(mine, List.of(plan))))).isInstanceOf(BusinessException.class);
        assertThat(jdbc.queryForObject("select count(*) from measure", Integer.class)).isEqualTo(before);
    }
}
