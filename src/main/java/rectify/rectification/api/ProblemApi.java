package rectify.rectification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.BusinessRoles;
import rectify.audit.AuditEvent;
import rectify.evidence.Attachment;
import rectify.inspection.Problem;
import rectify.inspection.ProblemOrigin;
import rectify.inspection.ProblemStatus;
import rectify.inspection.Problems;
import rectify.inspection.RectificationType;
import rectify.inspection.WarningLevel;
import rectify.rectification.Ledger;
import rectify.rectification.LedgerQuery;
import rectify.rectification.LedgerRow;
import rectify.rectification.Measure;
import rectify.rectification.MeasureStatus;
import rectify.rectification.ProblemView;
import rectify.rectification.ProgressReports;
import rectify.shared.BusinessException;
import rectify.shared.PageResult;

/** The ledger and single problems, as api.md names them. */
@RestController
@BusinessRoles
class ProblemApi {

    private final Ledger ledger;
    private final ProblemView view;
    private final Problems problems;

    ProblemApi(Ledger ledger, ProblemView view, Problems problems) {
        this.ledger = ledger;
        this.view = view;
        this.problems = problems;
    }

    record MeasureJson(long id, int seq, String text, Long responsibleUserId, LocalDate deadline, MeasureStatus status,
                       LocalDate completedOn, String completionNote, long version) {
        static MeasureJson of(Measure m) {
            return new MeasureJson(m.getId(), m.getSeq(), m.getText(), m.getResponsibleUserId(), m.getDeadline(),
                    m.getStatus(), m.getCompletedOn(), m.getCompletionNote(), m.getVersion());
        }
    }

    record AttachmentJson(long id, String fileName, long size, String sha256, String contentType) {
        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.getId(), a.getFileName(), a.getSize(), a.getSha256(), a.getContentType());
        }
    }

    record ProgressJson(long id, long measureId, LocalDate date, String text, long authorId, boolean onBehalf,
                        boolean voided, String voidReason, List<AttachmentJson> attachments) {
        static ProgressJson of(ProgressReports.Filed f) {
            return new ProgressJson(f.report().getId(), f.report().getMeasureId(), f.report().getReportedOn(),
                    f.report().getText(), f.report().getAuthorId(), f.report().isOnBehalf(), f.report().isVoided(),
                    f.report().getVoidReason(), f.attachments().stream().map(AttachmentJson::of).toList());
        }
    }

    record HistoryJson(Instant at, String actor, String action, String entityType, String summary, String before,
                       String after) {
        static HistoryJson of(AuditEvent e) {
            return new HistoryJson(e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getSummary(),
                    e.getBeforeState(), e.getAfterState());
        }
    }

    record ProblemJson(long id, long inspectionId, long categoryId, int categorySeq, String categoryTitle, int seq,
                       String title, String description, RectificationType rectificationType, ProblemOrigin origin,
                       ProblemStatus status, int cycle, LocalDate deadline, LocalDate originalDeadline,
                       String deadlineReason, LocalDate nextReviewDate, LocalDate closedOn, Long responsibleLeaderId,
                       List<Long> responsibleUnitIds, List<Long> responsibleUserIds, String note, WarningLevel warning,
                       List<MeasureJson> measures, List<ProgressJson> progress, List<HistoryJson> history,
                       long version) {
        static ProblemJson of(ProblemView.Detail d) {
            Problem p = d.problem();
            return new ProblemJson(p.getId(), p.getInspectionId(), p.getCategoryId(), d.category().getSeq(),
                    d.category().getTitle(), p.getSeq(), p.getTitle(), p.getDescription(), p.getRectificationType(),
                    p.getOrigin(), p.getStatus(), p.getCycle(), p.getDeadline(), p.getOriginalDeadline(),
                    p.getDeadlineReason(), p.getNextReviewDate(), p.getClosedOn(), p.getResponsibleLeaderId(), p.getResponsibleUnitIds(),
                    p.getResponsibleUserIds(), p.getNote(), d.warning(),
                    d.measures().stream().map(MeasureJson::of).toList(),
                    d.progress().stream().map(ProgressJson::of).toList(),
                    d.history().stream().map(HistoryJson::of).toList(), p.getVersion());
        }
    }

    /** A partial change: fields left out keep their value; {@code version} is required. */
    record ProblemPatch(Long version, Long categoryId, String title, String description,
                        RectificationType rectificationType, LocalDate deadline, Long responsibleLeaderId,
                        Long responsibleUnitId, Set<Long> responsibleUnitIds, Set<Long> responsibleUserIds, String note,
                        String deadlineReason) {
    }

    @GetMapping("/api/v1/problems")
    PageResult<LedgerRow> ledger(@RequestParam(required = false) Long inspectionId,
                                 @RequestParam(required = false) Long categoryId,
                                 @RequestParam(required = false) ProblemStatus status,
                                 @RequestParam(required = false) WarningLevel warning,
                                 @RequestParam(required = false) Long responsibleUnitId,
                                 @RequestParam(required = false) Long responsibleUserId,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) String after,
                                 LedgerQuery.Slice slice) {
        return ledger.find(LedgerSort.query(inspectionId, categoryId, status, warning, responsibleUnitId,
                responsibleUserId, q, sort, slice), page, size, after);
    }

    @GetMapping("/api/v1/problems/{id}")
    ProblemJson get(@PathVariable long id) {
        return ProblemJson.of(view.of(id));
    }

    record VoidRequest(Long version, String reason) {
    }

    /** Voids a problem entered by mistake while its plan is being made; the inspection's history keeps it. */
    @org.springframework.web.bind.annotation.PostMapping("/api/v1/problems/{id}/void")
    java.util.Map<String, Object> voidProblem(@PathVariable long id, @RequestBody VoidRequest request) {
        if (request.version() == null) {
            throw BusinessException.badRequest("error.versionRequired");
        }
        problems.voidProblem(id, request.version(), request.reason());
        return java.util.Map.of("id", id, "voided", true, "reason", request.reason().strip());
    }

    @PatchMapping("/api/v1/problems/{id}")
    ProblemJson patch(@PathVariable long id, @RequestBody ProblemPatch patch) {
        if (patch.version() == null) {
            throw BusinessException.badRequest("error.versionRequired");
        }
        Problem current = problems.get(id);
        Set<Long> units = patch.responsibleUnitIds() != null ? patch.responsibleUnitIds()
                : patch.responsibleUnitId() != null ? Set.of(patch.responsibleUnitId())
                : Set.copyOf(current.getResponsibleUnitIds());
        problems.update(id, patch.version(), new Problems.Draft(
                or(patch.categoryId(), current.getCategoryId()), or(patch.title(), current.getTitle()),
                or(patch.description(), current.getDescription()),
                new Problem.Responsibility(or(patch.rectificationType(), current.getRectificationType()),
                        or(patch.responsibleLeaderId(), current.getResponsibleLeaderId()), units,
                        patch.responsibleUserIds() != null ? patch.responsibleUserIds()
                                : Set.copyOf(current.getResponsibleUserIds()),
                        or(patch.deadline(), current.getDeadline()), or(patch.note(), current.getNote()),
                        or(patch.deadlineReason(), current.getDeadlineReason()))));
        return ProblemJson.of(view.of(id));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
