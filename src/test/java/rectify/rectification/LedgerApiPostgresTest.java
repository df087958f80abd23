package rectify.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.KEXIE_LEADER;
import static rectify.support.DemoUsers.KEXIE_RESPONSIBLE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import rectify.inspection.ProblemSql;
import rectify.support.PostgresDatabase;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class LedgerApiPostgresTest extends LedgerApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    /**
     * A warning filter's page walks one of the ledger's orders until it has its rows; each row is tested in the index
     * (V33_2), not in the table. Only the ordered walk is offered here, as on a province's ledger where it is the
     * cheapest plan; the demo's few rows would otherwise be read whole.
     */
    @Test
    void theWarningFilterTestsEachRowOfTheLedgerOrdersInTheIndexAlone() {
        jdbc.sql("vacuum (analyze) problem").update();
        String dueSoon = " from problem p where p.status <> 'CLOSED' and " + ProblemSql.DUE + " >= current_date and "
                + ProblemSql.DUE + " <= current_date + 10";
        assertThat(plan("select p.id, p.inspection_id, p.seq" + dueSoon + " order by p.inspection_id desc, p.seq limit 51"))
                .contains("Index Only Scan using problem_ledger_order");
        assertThat(plan("select p.id, p.deadline, p.inspection_id, p.seq" + dueSoon
                + " order by p.deadline asc nulls last, p.inspection_id desc, p.seq limit 51"))
                .contains("Index Only Scan using problem_deadline_order");
    }

    /**
     * One person's problems (the "responsible person" filter) are read from the indexes of the people and of the
     * measures alone, not from their tables.
     */
    @Test
    void aPersonsProblemsAreReadFromTheIndexesAlone() {
        jdbc.sql("vacuum (analyze) problem_person").update();
        jdbc.sql("vacuum (analyze) measure").update();
        String union = ProblemSql.RESPONSIBLE_USER.replace(":userId", String.valueOf(userId(KEXIE_RESPONSIBLE)));
        String plan = plan("select p.id from problem p where " + union);
        assertThat(plan).contains("Index Only Scan using problem_person_user on problem_person")
                .contains("Index Only Scan using measure_responsible_open on measure");
    }

    /**
     * The problems a person leads are read in the ledger's order from the leaders' index alone, as far as a page
     * reaches: no problem is looked up in the table and nothing is sorted.
     */
    @Test
    void aLeadersProblemsAreReadInTheLedgersOrderFromTheIndexAlone() {
        jdbc.sql("vacuum (analyze) problem").update();
        String leads = ProblemSql.RESPONSIBLE_USER_PARTS.get(0).replace(":userId", String.valueOf(userId(KEXIE_LEADER)));
        String plan = plan("select p.id, p.category_id from problem p where " + leads
                + " order by p.inspection_id desc, p.seq limit 51");
        assertThat(plan).contains("Index Only Scan using problem_leader_order on problem").doesNotContain("Sort");
    }

    private String plan(String query) {
        return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
            for (String kind : List.of("seqscan", "bitmapscan", "sort")) {
                jdbc.sql("set local enable_" + kind + " = off").update();
            }
            return String.join("\n", jdbc.sql("explain " + query).query(String.class).list());
        });
    }
}
