package rectify.outcome.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.BusinessRoles;
import rectify.outcome.Outcome;
import rectify.outcome.Outcomes;

/** 整改成效 of a problem: institutions, accountability, funds. */
@RestController
@BusinessRoles
class OutcomeApi {

    private final Outcomes outcomes;

    OutcomeApi(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    record OutcomeRequest(Outcome.Subtype subtype, String title, Integer people, BigDecimal amount,
                          LocalDate occurredOn, String note) {
    }

    @GetMapping("/api/v1/problems/{id}/outcomes")
    List<Outcome> of(@PathVariable long id) {
        return outcomes.of(id);
    }

    @PostMapping("/api/v1/problems/{id}/outcomes")
    ResponseEntity<Outcome> add(@PathVariable long id, @RequestBody OutcomeRequest request) {
        Outcome created = outcomes.add(id, new Outcomes.Draft(request.subtype(), request.title(), request.people(),
                request.amount(), request.occurredOn(), request.note()));
        return ResponseEntity.created(java.net.URI.create("/api/v1/problems/" + id + "/outcomes")).body(created);
    }

    @DeleteMapping("/api/v1/outcomes/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        outcomes.remove(id);
        return ResponseEntity.noContent().build();
    }
}
