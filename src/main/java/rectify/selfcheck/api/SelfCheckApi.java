package rectify.selfcheck.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.BusinessRoles;
import rectify.selfcheck.SelfCheck;
import rectify.selfcheck.SelfChecks;

/** 举一反三 self-checks as api.md names them: issued from a problem, answered by each unit. */
@RestController
@BusinessRoles
class SelfCheckApi {

    private final SelfChecks selfChecks;

    SelfCheckApi(SelfChecks selfChecks) {
        this.selfChecks = selfChecks;
    }

    record IssueRequest(List<Long> unitIds, LocalDate replyBy, String content) {
    }

    record AnswerRequest(Boolean exists, String title, String description, String note) {
    }

    @PostMapping("/api/v1/problems/{id}/self-checks")
    ResponseEntity<SelfCheck> issue(@PathVariable long id, @RequestBody IssueRequest request) {
        SelfCheck issued = selfChecks.issue(id, new SelfChecks.Draft(request.unitIds(), request.replyBy(),
                request.content()));
        return ResponseEntity.created(URI.create("/api/v1/self-checks/" + issued.id())).body(issued);
    }

    @GetMapping("/api/v1/problems/{id}/self-checks")
    List<SelfCheck> ofProblem(@PathVariable long id) {
        return selfChecks.fromProblem(id);
    }

    @GetMapping("/api/v1/self-checks/{id}")
    SelfCheck get(@PathVariable long id) {
        return selfChecks.get(id);
    }

    @PostMapping("/api/v1/self-checks/{id}/answer")
    SelfCheck answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        return selfChecks.answer(id, new SelfChecks.Reply(request.exists(), request.title(), request.description(),
                request.note()));
    }
}
