package rectify.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import rectify.inspection.ProblemBatch;
import rectify.shared.EntityChanged;

/**
 * A large import is recorded in entries that each fit the audit log's content column (1,000,000 characters) and
 * together name every row of the workbook, in order.
 */
class ImportRecordTest {

    @Test
    void aHundredThousandRowImportIsRecordedInEntriesThatFitTheLogAndNameEveryRow() {
        int problems = 25_000;
        List<ImportRecord.Row> rows = new ArrayList<>();
        List<ProblemBatch.Entered> entered = new ArrayList<>();
        int row = 3;
        for (int i = 0; i < problems; i++) {
            rows.add(new ImportRecord.Row(row, List.of(row, row + 1, row + 2, row + 3)));
            entered.add(new ProblemBatch.Entered(12_000_000L + i, 1_000 + i, null));
            row += 4;
        }
        List<EntityChanged> entries = ImportRecord.of(77, rows, entered);

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).summary()).isEqualTo("台账导入（第1批，共3批）：第3至40002行，问题第1000至10999号，措施40000条");
        assertThat(entries.get(2).summary()).endsWith("问题第21000至25999号，措施20000条");
        JsonMapper json = JsonMapper.builder().build();
        Set<Integer> named = new HashSet<>();
        for (EntityChanged entry : entries) {
            assertThat(entry.subject()).isEqualTo("Inspection:77");
            assertThat(entry.entityType()).isEqualTo("LedgerImport");
            assertThat(json.writeValueAsString(entry.after()).length()).isLessThan(1_000_000);
            @SuppressWarnings("unchecked")
            List<List<Object>> listed = (List<List<Object>>) entry.after().get("rows");
            for (List<Object> item : listed) {
                named.add((Integer) item.get(0));
                @SuppressWarnings("unchecked")
                List<Integer> measureRows = (List<Integer>) item.get(3);
                named.addAll(measureRows);
            }
        }
        assertThat(named).hasSize(problems * 4).contains(3, row - 1);
        assertThat(entries.stream().map(EntityChanged::entityId).distinct()).hasSize(3);
    }
}
