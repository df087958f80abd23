package rectify.rectification;

import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;

/** The ledger's filters and order. Every field is optional. */
public record LedgerQuery(Long inspectionId, Long categoryId, ProblemStatus status, WarningLevel warning,
                          Long responsibleUnitId, Long responsibleUserId, String q, Sort sort, boolean descending) {

    public enum Sort { SEQ, DEADLINE, STATUS, WARNING, CATEGORY }

    public LedgerQuery {
        sort = sort == null ? Sort.SEQ : sort;
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static LedgerQuery all() {
        return new LedgerQuery(null, null, null, null, null, null, null, Sort.SEQ, false);
    }

    public LedgerQuery forInspection(Long id) {
        return new LedgerQuery(id, categoryId, status, warning, responsibleUnitId, responsibleUserId, q, sort, descending);
    }

    public LedgerQuery withStatus(ProblemStatus newStatus) {
        return new LedgerQuery(inspectionId, categoryId, newStatus, warning, responsibleUnitId, responsibleUserId, q,
                sort, descending);
    }

    public LedgerQuery withWarning(WarningLevel newWarning) {
        return new LedgerQuery(inspectionId, categoryId, status, newWarning, responsibleUnitId, responsibleUserId, q,
                sort, descending);
    }
}
