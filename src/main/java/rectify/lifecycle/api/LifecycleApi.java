package rectify.lifecycle.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import rectify.lifecycle.ExtensionRequest;
import rectify.lifecycle.Extensions;
import rectify.lifecycle.Lifecycle;
import rectify.lifecycle.LifecycleDescription;
import rectify.lifecycle.Reviews;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.org.BusinessRoles;
import rectify.shared.BusinessException;

/** The lifecycle as api.md names it: transitions, extension requests and their decisions, and the inbox. */
@RestController
@BusinessRoles
class LifecycleApi {

    private final Lifecycle lifecycle;
    private final LifecycleDescription description;
    private final Extensions extensions;
    private final Reviews reviews;

    LifecycleApi(Lifecycle lifecycle, LifecycleDescription description, Extensions extensions, Reviews reviews) {
        this.description = description;
        this.lifecycle = lifecycle;
        this.extensions = extensions;
        this.reviews = reviews;
    }

    record TransitionResult(long id, ProblemStatus status, int cycle, LocalDate deadline, LocalDate closedOn,
                            LocalDate nextReviewDate, long version) {
        static TransitionResult of(Problem p) {
            return new TransitionResult(p.getId(), p.getStatus(), p.getCycle(), p.getDeadline(), p.getClosedOn(),
                    p.getNextReviewDate(), p.getVersion());
        }
    }

    record ExtensionRequestBody(LocalDate newDeadline, String reason) {
    }

    record Decision(Boolean approve, String comment) {
    }

    record ExtensionJson(long id, long problemId, LocalDate oldDeadline, LocalDate newDeadline, String reason,
                         ExtensionRequest.Status status, Instant requestedAt, String decisionComment) {
        static ExtensionJson of(ExtensionRequest e) {
            return new ExtensionJson(e.getId(), e.getProblemId(), e.getOldDeadline(), e.getNewDeadline(),
                    e.getReason(), e.getStatus(), e.getRequestedAt(), e.getDecisionComment());
        }
    }

    record Batch(List<String> items) {
    }

    /** Where the problem stands in its lifecycle: cycle, what the caller may do, requests, decisions, earlier cycles. */
    @GetMapping("/api/v1/problems/{id}/lifecycle")
    LifecycleDescription.Facts lifecycle(@PathVariable long id) {
        return description.describe(id);
    }

    @PostMapping("/api/v1/problems/{id}/transitions")
    TransitionResult transition(@PathVariable long id, @RequestBody Lifecycle.Request request) {
        return TransitionResult.of(lifecycle.apply(id, request));
    }

    @PostMapping("/api/v1/problems/{id}/extension-requests")
    ResponseEntity<ExtensionJson> requestExtension(@PathVariable long id, @RequestBody ExtensionRequestBody body) {
        ExtensionRequest created = extensions.request(id, body.newDeadline(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/extension-requests/" + created.getId()))
                .body(ExtensionJson.of(created));
    }

    @PostMapping("/api/v1/extension-requests/{id}/decision")
    ExtensionJson decide(@PathVariable long id, @RequestBody Decision decision) {
        if (decision.approve() == null) {
            throw BusinessException.badRequest("extension.rule.approveMissing");
        }
        return ExtensionJson.of(extensions.decide(id, decision.approve(), decision.comment()));
    }

    @PostMapping("/api/v1/inspections/{id}/plan-submissions")
    List<Reviews.Outcome> submitAllPlans(@PathVariable long id) {
        return reviews.submitAllPlans(id);
    }

    @GetMapping("/api/v1/reviews")
    List<Reviews.Item> inbox() {
        return reviews.callersInbox();
    }

    @PostMapping("/api/v1/reviews/approvals")
    List<Reviews.Outcome> approveAll(@RequestBody Batch batch) {
        return reviews.approveAll(batch.items());
    }
}
