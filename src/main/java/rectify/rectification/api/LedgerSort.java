package rectify.rectification.api;

import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;
import rectify.rectification.LedgerQuery;
import rectify.shared.BusinessException;

/** Reads {@code sort=deadline,desc} (Spring Data style) into the ledger's order. */
final class LedgerSort {

    private LedgerSort() {
    }

    static LedgerQuery query(Long inspectionId, Long categoryId, ProblemStatus status, WarningLevel warning,
                             Long responsibleUnitId, Long responsibleUserId, String q, String sort,
                             LedgerQuery.Slice slice) {
        LedgerQuery.Sort by = LedgerQuery.Sort.SEQ;
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            try {
                by = LedgerQuery.Sort.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.badRequest("ledger.rule.sort");
            }
            descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        }
        return new LedgerQuery(inspectionId, categoryId, status, warning, responsibleUnitId, responsibleUserId, q, by,
                descending, slice);
    }
}
