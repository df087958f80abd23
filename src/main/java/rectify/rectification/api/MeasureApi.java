package rectify.rectification.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import rectify.org.BusinessRoles;
import rectify.evidence.Evidence;
import rectify.evidence.Uploads;
import rectify.rectification.Measure;
import rectify.rectification.MeasureRequest;
import rectify.rectification.MeasureStatus;
import rectify.rectification.Plans;
import rectify.rectification.ProgressReports;
import rectify.shared.BusinessException;

/** Measures of the plan and progress on them, as api.md names them. */
@RestController
@BusinessRoles
class MeasureApi {

    private final Plans plans;
    private final ProgressReports progress;

    MeasureApi(Plans plans, ProgressReports progress) {
        this.plans = plans;
        this.progress = progress;
    }

    /** A partial change of a measure; {@code version} is required. */
    record MeasurePatch(Long version, String text, Long responsibleUserId, LocalDate deadline, MeasureStatus status,
                        LocalDate completedOn, String completionNote) {
    }

    record Order(@NotNull(message = "validation.required") List<Long> measureIds) {
    }

    @PostMapping("/api/v1/problems/{id}/measures")
    ResponseEntity<ProblemApi.MeasureJson> add(@PathVariable long id, @Valid @RequestBody MeasureRequest request) {
        Measure measure = plans.add(id, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/measures/" + measure.getId()))
                .body(ProblemApi.MeasureJson.of(measure));
    }

    @PatchMapping("/api/v1/measures/{id}")
    ProblemApi.MeasureJson patch(@PathVariable long id, @RequestBody MeasurePatch patch) {
        if (patch.version() == null) {
            throw BusinessException.badRequest("error.versionRequired");
        }
        Measure measure = plans.get(id);
        long version = patch.version();
        if (patch.text() != null || patch.responsibleUserId() != null || patch.deadline() != null) {
            measure = plans.edit(id, version, new Plans.MeasureDraft(
                    patch.text() != null ? patch.text() : measure.getText(),
                    patch.responsibleUserId() != null ? patch.responsibleUserId() : measure.getResponsibleUserId(),
                    patch.deadline() != null ? patch.deadline() : measure.getDeadline()));
            version = measure.getVersion();
        }
        if (patch.status() != null) {
            measure = plans.complete(id, version, new Plans.Completion(patch.status(), patch.completedOn(),
                    patch.completionNote()));
        }
        return ProblemApi.MeasureJson.of(measure);
    }

    @DeleteMapping("/api/v1/measures/{id}")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam long version,
                                @RequestParam(required = false) String reason) {
        plans.remove(id, version, reason);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/problems/{id}/measures/order")
    List<ProblemApi.MeasureJson> reorder(@PathVariable long id, @Valid @RequestBody Order order) {
        return plans.reorder(id, order.measureIds()).stream().map(ProblemApi.MeasureJson::of).toList();
    }

    @PostMapping(path = "/api/v1/measures/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProblemApi.ProgressJson> report(@PathVariable long id, @RequestParam String text,
                                                   @RequestParam(required = false) LocalDate date,
                                                   @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        ProgressReports.Filed filed = progress.report(id, date, text, Uploads.of(files));
        return ResponseEntity.created(URI.create("/api/v1/measures/" + id + "/progress/" + filed.report().getId()))
                .body(ProblemApi.ProgressJson.of(filed));
    }

    record VoidRequest(String reason) {
    }

    /** Voids a progress entry filed by mistake (and its files), with a reason. */
    @PostMapping("/api/v1/progress/{id}/void")
    java.util.Map<String, Object> voidProgress(@PathVariable long id, @RequestBody VoidRequest request) {
        var voided = progress.voidEntry(id, request.reason());
        return java.util.Map.of("id", voided.getId(), "voided", true, "reason", voided.getVoidReason());
    }
}
