package rectify.inspection.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.BusinessRoles;
import rectify.inspection.FeedbackCategory;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionKind;
import rectify.inspection.InspectionRequest;
import rectify.inspection.InspectionRound;
import rectify.inspection.InspectionSource;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.ProblemRequest;
import rectify.inspection.ProblemStatus;
import rectify.inspection.Problems;
import rectify.inspection.StatusCounts;

/** Rounds, inspections, feedback aspects and new problems, as api.md names them. */
@RestController
@BusinessRoles
class InspectionApi {

    private final Inspections inspections;
    private final Problems problems;

    private final org.springframework.beans.factory.ObjectProvider<rectify.inspection.Repeats> repeats;

    InspectionApi(Inspections inspections, Problems problems,
                  org.springframework.beans.factory.ObjectProvider<rectify.inspection.Repeats> repeats) {
        this.repeats = repeats;
        this.inspections = inspections;
        this.problems = problems;
    }

    record RoundJson(long id, String name, int year, long committeeUnitId) {
        static RoundJson of(InspectionRound r) {
            return new RoundJson(r.getId(), r.getName(), r.getYear(), r.getCommitteeUnitId());
        }
    }

    record RoundRequest(@NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong") String name,
                        @NotNull(message = "validation.required") Integer year) {
    }

    record InspectionJson(long id, Long roundId, InspectionSource source, InspectionKind kind, String groupName,
                          long targetUnitId, String title, LocalDate onsiteFrom, LocalDate onsiteTo,
                          LocalDate feedbackDate, LocalDate dueDate, boolean planReviewRequired,
                          List<rectify.org.Role> closureLevels, Map<ProblemStatus, Long> counts,
                          long closedFirstTime, long closedAfterReopening, long reopened, long version,
                          String partyOrganisation, String partyOrganisationShort) {
        static InspectionJson of(Inspection i, StatusCounts counts) {
            StatusCounts c = counts == null ? StatusCounts.NONE : counts;
            Map<ProblemStatus, Long> all = c.byStatus();
            return new InspectionJson(i.getId(), i.getRoundId(), i.getSource(), i.getKind(), i.getGroupName(),
                    i.getTargetUnitId(), i.getTitle(), i.getOnsiteFrom(), i.getOnsiteTo(), i.getFeedbackDate(),
                    i.getDueDate(), i.isPlanReviewRequired(), i.getClosureLevels(), all, c.closedFirstTime(),
                    c.closedAfterReopening(), c.reopened(), i.getVersion(), i.getPartyOrganisation(),
                    i.getPartyOrganisationShort());
        }
    }

    record CategoryJson(long id, long inspectionId, int seq, String title, long version) {
        static CategoryJson of(FeedbackCategory c) {
            return new CategoryJson(c.getId(), c.getInspectionId(), c.getSeq(), c.getTitle(), c.getVersion());
        }
    }

    record CategoryRequest(Integer seq, @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong") String title) {
    }

    /** The problem entered, and the earlier problems of the unit it looks like a repeat of (反弹回潮). */
    record CreatedProblem(long id, int seq, String title, ProblemStatus status, long version,
                          List<rectify.inspection.Repeats.Repeat> repeats) {
    }

    @GetMapping("/api/v1/rounds")
    List<RoundJson> rounds() {
        return inspections.rounds().stream().map(RoundJson::of).toList();
    }

    @PostMapping("/api/v1/rounds")
    ResponseEntity<RoundJson> createRound(@Valid @RequestBody RoundRequest request) {
        InspectionRound round = inspections.createRound(request.name(), request.year());
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + round.getId())).body(RoundJson.of(round));
    }

    @GetMapping("/api/v1/inspections")
    List<InspectionJson> list() {
        List<Inspection> visible = inspections.visible();
        Map<Long, StatusCounts> counts = inspections.statusCounts(visible.stream().map(Inspection::getId).toList());
        return visible.stream().map(i -> InspectionJson.of(i, counts.get(i.getId()))).toList();
    }

    @GetMapping("/api/v1/inspections/{id}")
    InspectionJson get(@PathVariable long id) {
        Inspection inspection = inspections.get(id);
        return InspectionJson.of(inspection, inspections.statusCounts(List.of(id)).get(id));
    }

    @PostMapping("/api/v1/inspections")
    ResponseEntity<InspectionJson> create(@Valid @RequestBody InspectionRequest request) {
        Inspection inspection = inspections.create(request.facts());
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + inspection.getId()))
                .body(InspectionJson.of(inspection, StatusCounts.NONE));
    }

    @PutMapping("/api/v1/inspections/{id}")
    InspectionJson update(@PathVariable long id, @Valid @RequestBody InspectionRequest request) {
        Inspection inspection = inspections.update(id, rectify.shared.web.ApiVersions.required(request.version()),
                request.facts());
        return InspectionJson.of(inspection, inspections.statusCounts(List.of(id)).get(id));
    }

    @GetMapping("/api/v1/inspections/{id}/categories")
    List<CategoryJson> categories(@PathVariable long id) {
        return inspections.categoriesOf(id).stream().map(CategoryJson::of).toList();
    }

    @PostMapping("/api/v1/inspections/{id}/categories")
    ResponseEntity<CategoryJson> addCategory(@PathVariable long id, @Valid @RequestBody CategoryRequest request) {
        FeedbackCategory category = inspections.addCategory(id, request.seq(), request.title());
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id + "/categories/" + category.getId()))
                .body(CategoryJson.of(category));
    }

    @PostMapping("/api/v1/inspections/{id}/problems")
    ResponseEntity<CreatedProblem> addProblem(@PathVariable long id, @Valid @RequestBody ProblemRequest request) {
        Problem problem = problems.create(id, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/problems/" + problem.getId()))
                .body(new CreatedProblem(problem.getId(), problem.getSeq(), problem.getTitle(), problem.getStatus(),
                        problem.getVersion(), repeats.stream().findFirst()
                        .map(r -> r.repeatsIn(id, problem.getTitle())).orElse(List.of())));
    }
}
