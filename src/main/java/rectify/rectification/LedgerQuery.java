package rectify.rectification;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import rectify.inspection.ProblemOrigin;
import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;
import rectify.shared.BusinessException;

/** The ledger's filters and order. Every field is optional. */
public record LedgerQuery(Long inspectionId, Long categoryId, ProblemStatus status, WarningLevel warning,
                          Long responsibleUnitId, Long responsibleUserId, String q, Sort sort, boolean descending,
                          Slice slice) {

    public enum Sort { SEQ, DEADLINE, STATUS, WARNING, CATEGORY }

    /**
     * The narrower filters a dashboard figure links with, so the ledger lists exactly what the figure counts: a round,
     * one inspected unit (the inspections' target, not its departments), problems still being rectified
     * ({@code open}: neither closed nor long term), not yet closed ({@code unfinished}), reopened ones, ones closed
     * on or before their deadline ({@code onTime}), closures within dates, and where problems came from
     * ({@code origin}: the feedback, or the unit's own 自查自纠).
     */
    public record Slice(Long roundId, Long unitId, Boolean open, Boolean unfinished, Boolean reopened, Boolean onTime,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedTo, ProblemOrigin origin) {

        public static final Slice NONE = new Slice(null, null, null, null, null, null, null, null, null);

        public Slice(Long roundId, Long unitId, Boolean open, Boolean unfinished, Boolean reopened, Boolean onTime,
                     LocalDate closedFrom, LocalDate closedTo) {
            this(roundId, unitId, open, unfinished, reopened, onTime, closedFrom, closedTo, null);
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    /**
     * The ledger's filters as a page or the API names them in a request, for binding in one parameter: the order as
     * {@code sort=DEADLINE&desc=true} (pages) or {@code sort=deadline,desc} (the API).
     */
    public record Request(Long inspectionId, Long categoryId, ProblemStatus status, WarningLevel warning,
                          Long responsibleUnitId, Long responsibleUserId, String q, String sort, Boolean desc) {

        public LedgerQuery within(Slice slice) {
            LedgerQuery query = new LedgerQuery(inspectionId, categoryId, status, warning, responsibleUnitId,
                    responsibleUserId, q, Sort.SEQ, false, slice).sortedBy(sort);
            return desc == null ? query : new LedgerQuery(inspectionId, categoryId, status, warning, responsibleUnitId,
                    responsibleUserId, q, query.sort(), desc, slice);
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

    /** This query in the order {@code sort=deadline,desc} names (the API's Spring Data style); blank keeps it. */
    public LedgerQuery sortedBy(String sortParameter) {
        if (sortParameter == null || sortParameter.isBlank()) {
            return this;
        }
        String[] parts = sortParameter.split(",");
        Sort by;
        try {
            by = Sort.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.badRequest("ledger.rule.sort");
        }
        boolean desc = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        return new LedgerQuery(inspectionId, categoryId, status, warning, responsibleUnitId, responsibleUserId, q, by,
                desc, slice);
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
