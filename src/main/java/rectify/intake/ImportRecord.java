package rectify.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import rectify.inspection.ProblemBatch;
import rectify.shared.EntityChanged;

/**
 * What the audit log keeps of a ledger import: one entry for the whole import (one per {@value #PROBLEMS_PER_ENTRY}
 * problems of a larger one, so an entry stays within what the log holds), about the inspection, naming every row
 * of the workbook — the problem it became (number and id) and the rows its measures came from.
 */
final class ImportRecord {

    static final int PROBLEMS_PER_ENTRY = 10_000;
    /** What each item of {@code rows} holds, in order. */
    static final List<String> COLUMNS = List.of("row", "seq", "problemId", "measureRows");

    /** A problem's row of the workbook and the rows of its measures. */
    record Row(int row, List<Integer> measureRows) {
    }

    private ImportRecord() {
    }

    static List<EntityChanged> of(long inspectionId, List<Row> rows, List<ProblemBatch.Entered> entered) {
        List<EntityChanged> entries = new ArrayList<>();
        int parts = (rows.size() + PROBLEMS_PER_ENTRY - 1) / PROBLEMS_PER_ENTRY;
        for (int part = 0; part < parts; part++) {
            int from = part * PROBLEMS_PER_ENTRY;
            int to = Math.min(rows.size(), from + PROBLEMS_PER_ENTRY);
            List<List<Object>> named = new ArrayList<>(to - from);
            int measuresOfPart = 0;
            for (int i = from; i < to; i++) {
                named.add(List.of(rows.get(i).row(), entered.get(i).seq(), entered.get(i).id(),
                        rows.get(i).measureRows()));
                measuresOfPart += rows.get(i).measureRows().size();
            }
            Row last = rows.get(to - 1);
            int lastRow = last.measureRows().isEmpty() ? last.row()
                    : Math.max(last.row(), last.measureRows().get(last.measureRows().size() - 1));
            String summary = (parts > 1 ? "台账导入（第%d批，共%d批）".formatted(part + 1, parts) : "台账导入")
                    + "：第%d至%d行，问题第%d至%d号，措施%d条".formatted(rows.get(from).row(), lastRow,
                    entered.get(from).seq(), entered.get(to - 1).seq(), measuresOfPart);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("columns", COLUMNS);
            after.put("rows", named);
            entries.add(EntityChanged.created(ProblemBatch.AUDITED_AS, ProblemBatch.batchId(inspectionId,
                            entered.subList(from, to)), summary, after)
                    .about("Inspection", inspectionId));
        }
        return entries;
    }
}
