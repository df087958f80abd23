package rectify.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.evidence.Attachment;
import rectify.evidence.Evidence;
import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.org.CurrentUser;
import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * Progress on measures, with evidence. Filed by the person the measure is assigned to, a person responsible for
 * the problem, or the planners. A progress entry and its files are saved together or not at all.
 */
@Service
@Transactional
public class ProgressReports {

    static final String ENTITY = "ProgressReport";

    private final ProgressReportRepository reports;
    private final MeasureRepository measures;
    private final InspectionAccess access;
    private final Evidence evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressReports(ProgressReportRepository reports, MeasureRepository measures, InspectionAccess access,
                    Evidence evidence, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.measures = measures;
        this.access = access;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    /** A progress entry with the files that prove it. */
    public record Filed(ProgressReport report, List<Attachment> attachments) {
    }

    public Filed report(long measureId, LocalDate date, String text, List<Evidence.Upload> files) {
        Measure measure = measures.findById(measureId).filter(m -> !m.isRemoved())
                .orElseThrow(BusinessException::notFound);
        Problem problem = Plans.openProblem(access.readableProblem(measure.getProblemId()));
        CurrentUser user = CurrentUser.require();
        if (!mayReport(user, problem, measure)) {
            throw BusinessException.forbiddenWith("progress.rule.notYours");
        }
        if (text == null || text.isBlank()) {
            throw BusinessException.rule("progress.rule.text").onField("text");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = date == null ? today : date;
        if (on.isAfter(today)) {
            throw BusinessException.rule("progress.rule.future");
        }
        ProgressReport entered = new ProgressReport(measureId, problem.getId(), on, text.strip(), user.id(),
                clock.instant());
        // the unit reports its own progress; what the office enters for it is marked as entered on its behalf
        boolean onBehalf = rectify.inspection.OnBehalf.of(user, problem)
                && !(measure.getResponsibleUserId() != null && measure.getResponsibleUserId() == user.id());
        if (onBehalf) {
            entered.enteredOnBehalf();
        }
        ProgressReport report = reports.saveAndFlush(entered);
        Inspection inspection = access.readable(problem.getInspectionId());
        List<Attachment> attached = evidence.attach(new Attachment.Owner(ENTITY, report.getId(),
                inspection.getTargetUnitId(), inspection.getId(), problem.getId()), files == null ? List.of() : files);
        events.publishEvent(EntityChanged.created(ENTITY, report.getId(), rectify.inspection.OnBehalf.mark(onBehalf)
                        + problem.getSeq() + "." + measure.getSeq() + " " + Plans.abbreviate(report.getText()),
                Map.of("measureId", measureId, "reportedOn", on.toString(), "text", report.getText(),
                        "attachments", attached.stream().map(Attachment::getFileName).toList(), "onBehalf", onBehalf))
                .about("Problem", problem.getId()));
        return new Filed(report, attached);
    }

    /**
     * Voids an entry filed by mistake, with its files: by whoever filed it or the unit's coordinator, with a
     * reason. It stays on the timeline and in the history, struck through, and no longer counts as progress.
     */
    public ProgressReport voidEntry(long id, String reason) {
        ProgressReport report = reports.findById(id).orElseThrow(BusinessException::notFound);
        Problem problem = access.readableProblem(report.getProblemId());
        CurrentUser user = CurrentUser.require();
        if (report.getAuthorId() != user.id() && !user.has(rectify.org.Role.UNIT_COORDINATOR)) {
            throw BusinessException.forbiddenWith("progress.rule.voidWho");
        }
        report.voidWith(reason, user.id(), clock.instant());
        String why = report.getVoidReason();
        reports.flush();
        evidence.of(ENTITY, List.of(id)).getOrDefault(id, List.of())
                .forEach(file -> evidence.voidAttachment(file.getId(), why));
        events.publishEvent(EntityChanged.updated(ENTITY, id, "作废进展：" + Plans.abbreviate(report.getText()),
                Map.of("voided", false), Map.of("voided", true, "voidReason", why)).about("Problem", problem.getId()));
        return report;
    }

    /** The problem's progress, newest first, each with its files. */
    @Transactional(readOnly = true)
    public List<Filed> timeline(long problemId) {
        access.readableProblem(problemId);
        List<ProgressReport> found = reports.findByProblemIdOrderByReportedOnDescIdDesc(problemId);
        Map<Long, List<Attachment>> files = evidence.of(ENTITY, found.stream().map(ProgressReport::getId).toList());
        return found.stream().map(r -> new Filed(r, files.getOrDefault(r.getId(), List.of()))).toList();
    }

    public static boolean mayReport(CurrentUser user, Problem problem, Measure measure) {
        boolean assignee = measure.getResponsibleUserId() != null && measure.getResponsibleUserId() == user.id();
        return assignee || problem.isResponsible(user.id()) || user.hasAny(InspectionAccess.PLANNERS);
    }
}
