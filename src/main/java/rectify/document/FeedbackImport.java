package rectify.document;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.FeedbackCategory;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.inspection.Problems;
import rectify.inspection.RectificationType;
import rectify.org.Role;
import rectify.rectification.Plans;
import rectify.shared.BusinessException;

/**
 * Turns a parsed (and corrected) document into an inspection's feedback: its aspects, problems and measures, all
 * in one transaction — everything or nothing. Status words of an earlier report are entered as recorded history,
 * dated by the report.
 */
@Service
@Transactional
public class FeedbackImport {

    private final Inspections inspections;
    private final Problems problems;
    private final Plans plans;
    private final InspectionAccess access;

    FeedbackImport(Inspections inspections, Problems problems, Plans plans, InspectionAccess access) {
        this.inspections = inspections;
        this.problems = problems;
        this.plans = plans;
        this.access = access;
    }

    /** How many aspects and problems were created. */
    public record Result(int categories, int problems) {
    }

    public Result apply(long inspectionId, ParsedDocument document, LocalDate reportDate) {
        access.writable(inspectionId, Role.INSPECTION_OFFICE);
        if (document.categories().isEmpty() || document.problemCount() == 0) {
            throw BusinessException.rule("document.rule.noProblems");
        }
        int created = 0;
        for (ParsedDocument.Category category : document.categories()) {
            FeedbackCategory aspect = inspections.addCategory(inspectionId, null, category.title());
            for (ParsedDocument.Problem parsed : category.problems()) {
                Problem problem = problems.create(inspectionId, new Problems.Draft(aspect.getId(), parsed.title(), null,
                        new Problem.Responsibility(RectificationType.TIME_LIMITED, null, Set.of(), Set.of(), null,
                                null)));
                for (String text : parsed.measures()) {
                    var measure = plans.add(problem.getId(), new Plans.MeasureDraft(text, null, null));
                    if (parsed.status() == ProblemStatus.CLOSED) {
                        plans.complete(measure.getId(), measure.getVersion(),
                                new Plans.Completion(rectify.rectification.MeasureStatus.DONE, reportDate, null));
                    }
                }
                if (parsed.status() == ProblemStatus.CLOSED || parsed.status() == ProblemStatus.ONGOING) {
                    problems.adoptRecordedState(problem.getId(), parsed.status(), reportDate,
                            parsed.status() == ProblemStatus.ONGOING ? reportDate.plusMonths(3) : null);
                }
                created++;
            }
        }
        return new Result(document.categories().size(), created);
    }
}
