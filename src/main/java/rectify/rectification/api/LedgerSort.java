package rectify.rectification.api;

import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;
import rectify.rectification.LedgerQuery;

/** The ledger's query from the API's parameters, its order as {@code sort=deadline,desc} (Spring Data style). */
final class LedgerSort {

    private LedgerSort() {
    }

    static LedgerQuery query(Long inspectionId, Long categoryId, ProblemStatus status, WarningLevel warning,
                             Long responsibleUnitId, Long responsibleUserId, String q, String sort,
                             LedgerQuery.Slice slice) {
        return new LedgerQuery(inspectionId, categoryId, status, warning, responsibleUnitId, responsibleUserId, q,
                LedgerQuery.Sort.SEQ, false, slice).sortedBy(sort);
    }
}
