package rectify.duty.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import rectify.duty.Recurrence;
import rectify.duty.StandingDuties;
import rectify.duty.StandingDuty;
import rectify.evidence.Uploads;
import rectify.org.BusinessRoles;

/**
 * Standing duties as api.md names them: set up from a problem, read with their {@code occurrences} (each period
 * with its {@code dueOn}, {@code status} and what was {@code held} in it), and an occurrence recorded with evidence.
 */
@RestController
@BusinessRoles
class DutyApi {

    private final StandingDuties duties;

    DutyApi(StandingDuties duties) {
        this.duties = duties;
    }

    record DutyRequest(String title, Recurrence recurrence, Long ownerId, LocalDate startOn, LocalDate endOn) {
    }

    record HeldJson(long id, LocalDate date, String note, String recordedBy, Instant recordedAt,
                    List<StandingDuty.File> files) {
    }

    record OccurrenceJson(LocalDate startOn, LocalDate dueOn, StandingDuty.Status status, List<HeldJson> held) {
    }

    record FiguresJson(int done, int late, int missed, Integer onTimePercent) {
    }

    record DutyJson(long id, long problemId, String title, Recurrence recurrence, long ownerId, String ownerName,
                    LocalDate startOn, LocalDate endOn, FiguresJson figures, List<OccurrenceJson> occurrences) {

        static DutyJson of(StandingDuty d) {
            StandingDuty.Figures f = d.figures();
            return new DutyJson(d.id(), d.problemId(), d.title(), d.recurrence(), d.ownerId(), d.ownerName(),
                    d.startOn(), d.endOn(), new FiguresJson(f.done(), f.late(), f.missed(), f.onTimePercent()),
                    d.periods().stream().map(p -> new OccurrenceJson(p.startOn(), p.dueOn(), p.status(),
                            p.held().stream().map(o -> new HeldJson(o.id(), o.heldOn(), o.note(), o.recordedByName(),
                                    o.recordedAt(), o.files())).toList())).toList());
        }
    }

    @PostMapping("/api/v1/problems/{id}/duties")
    ResponseEntity<DutyJson> setUp(@PathVariable long id, @RequestBody DutyRequest request) {
        StandingDuty duty = duties.setUp(id, new StandingDuties.Draft(request.title(), request.recurrence(),
                request.ownerId(), request.startOn(), request.endOn()));
        return ResponseEntity.created(URI.create("/api/v1/duties/" + duty.id())).body(DutyJson.of(duty));
    }

    @GetMapping("/api/v1/problems/{id}/duties")
    List<DutyJson> ofProblem(@PathVariable long id) {
        return duties.ofProblem(id).stream().map(DutyJson::of).toList();
    }

    @GetMapping("/api/v1/duties/{id}")
    DutyJson get(@PathVariable long id) {
        return DutyJson.of(duties.get(id));
    }

    @PostMapping(path = "/api/v1/duties/{id}/occurrences", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DutyJson> record(@PathVariable long id,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                    @RequestParam(required = false) String note,
                                    @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        StandingDuty duty = duties.record(id, date, note, Uploads.of(files));
        return ResponseEntity.status(201).body(DutyJson.of(duty));
    }
}
