package rectify.rectification;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;

/** The ledger's filters and order. Every field is optional. */
public record LedgerQuery(Long inspectionId, Long categoryId, ProblemStatus status, WarningLevel warning,
                          Long responsibleUnitId, Long responsibleUserId, String q, Sort sort, boolean descending,
                          Slice slice) {

    public enum Sort { SEQ, DEADLINE, STATUS, WARNING, CATEGORY }

    /**
     * The narrower filters a dashboard figure links with, so the ledger lists exactly what the figure counts: a round,
     * one inspected unit (the inspections' target, not its departments), problems still being rectified
     * ({@code open}: neither closed nor long term), not yet closed ({@code unfinished}), reopened ones, ones closed
     * on or before their deadline ({@code onTime}), closures within dates.
     */
    public record Slice(Long roundId, Long unitId, Boolean open, Boolean unfinished, Boolean reopened, Boolean onTime,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedTo) {

        public static final Slice NONE = new Slice(null, null, null, null, null, null, null, null);

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    public LedgerQuery {
        sort = sort == null ? Sort.SEQ : sort;
        q = q == null || q.isBlank() ? null : q.strip();
        slice = slice == null ? Slice.NONE : slice;
    }

    public LedgerQuery(Long inspectionId, Long categoryId, ProblemStatus status, WarningLevel warning,
                       Long responsibleUnitId, Long responsibleUserId, String q, Sort sort, boolean descending) {
        this(inspectionId, categoryId, status, warning, responsibleUnitId, responsibleUserId, q, sort, descending,
                Slice.NONE);
    }

    public static LedgerQuery all() {
        return new LedgerQuery(null, null, null, null, null, null, null, Sort.SEQ, false);
    }

    public LedgerQuery within(Slice newSlice) {
        return new LedgerQuery(inspectionId, categoryId, status, warning, responsibleUnitId, responsibleUserId, q, sort,
                descending, newSlice);
    }

    public LedgerQuery forInspection(Long id) {
        return new LedgerQuery(id, categoryId, status, warning, responsibleUnitId, responsibleUserId, q, sort, descending,
                slice);
    }

    public LedgerQuery withStatus(ProblemStatus newStatus) {
        return new LedgerQuery(inspectionId, categoryId, newStatus, warning, responsibleUnitId, responsibleUserId, q,
                sort, descending, slice);
    }

    public LedgerQuery withWarning(WarningLevel newWarning) {
        return new LedgerQuery(inspectionId, categoryId, status, newWarning, responsibleUnitId, responsibleUserId, q,
                sort, descending, slice);
    }
}
