package rectify.lookback.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import rectify.inspection.Inspection;
import rectify.inspection.Inspections;
import rectify.lookback.LookBackItem;
import rectify.lookback.LookBacks;
import rectify.org.BusinessRoles;

/** 回头看 as api.md names it: scheduling a look-back, its items and figures, and the verdict on each item. */
@RestController
@BusinessRoles
class LookBackApi {

    private final LookBacks lookBacks;
    private final Inspections inspections;
    private final rectify.lookback.LookBackProposals proposals;

    LookBackApi(LookBacks lookBacks, Inspections inspections, rectify.lookback.LookBackProposals proposals) {
        this.proposals = proposals;
        this.lookBacks = lookBacks;
        this.inspections = inspections;
    }

    record LookBackRequest(Long inspectionId, List<Long> problemIds, String groupName, LocalDate onsiteFrom,
                           LocalDate onsiteTo) {
    }

    record LookBackJson(long id, String title, long targetUnitId, LookBacks.Figures figures, List<LookBackItem> items) {
    }

    record VerdictRequest(LookBackItem.Verdict verdict, String findings, Long version) {
    }

    @PostMapping("/api/v1/look-backs")
    ResponseEntity<LookBackJson> schedule(@RequestBody LookBackRequest request) {
        Inspection lookBack = lookBacks.schedule(new LookBacks.Draft(request.inspectionId(), request.problemIds(),
                request.groupName(), request.onsiteFrom(), request.onsiteTo()));
        return ResponseEntity.created(URI.create("/api/v1/look-backs/" + lookBack.getId())).body(json(lookBack));
    }

    /** Inspections whose problems were closed long enough ago to be looked back at, and not yet revisited. */
    @GetMapping("/api/v1/look-backs/proposals")
    List<rectify.lookback.LookBackProposals.Proposal> proposals() {
        return proposals.proposals();
    }

    @GetMapping("/api/v1/look-backs/{id}")
    LookBackJson get(@PathVariable long id) {
        return json(inspections.get(id));
    }

    @PostMapping("/api/v1/look-back-items/{id}/verdict")
    LookBackItem verdict(@PathVariable long id, @RequestBody VerdictRequest request) {
        return lookBacks.decide(id, request.verdict(), request.findings(), request.version());
    }

    @GetMapping("/api/v1/problems/{id}/look-backs")
    List<LookBackItem> ofProblem(@PathVariable long id) {
        return lookBacks.ofProblem(id);
    }

    private LookBackJson json(Inspection lookBack) {
        List<LookBackItem> items = lookBacks.itemsOf(lookBack.getId());
        return new LookBackJson(lookBack.getId(), lookBack.getTitle(), lookBack.getTargetUnitId(),
                LookBacks.Figures.of(items), items);
    }
}
