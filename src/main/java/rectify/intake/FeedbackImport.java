package rectify.intake;

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
import rectify.rectification.MeasureStatus;
import rectify.rectification.Plans;
import rectify.shared.BusinessException;

/**
 * Turns a parsed (and corrected) document into an inspection's feedback: its aspects, problems with their
 * descriptions, and measures, all in one transaction — everything or nothing. Status words of an earlier report are
 * entered as recorded history, dated by the report. Every text is checked before anything is written, so a refusal
 * names the item to correct.
 */
@Service
@Transactional
public class FeedbackImport {

    static final int TITLE_LENGTH = 500;
    static final int TEXT_LENGTH = 20_000;

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
        check(document);
        int created = 0;
        for (ParsedDocument.Category category : document.categories()) {
            FeedbackCategory aspect = inspections.addCategory(inspectionId, null, category.title().strip());
            for (ParsedDocument.Problem parsed : category.problems()) {
                Problem problem = problems.create(inspectionId, new Problems.Draft(aspect.getId(), parsed.title().strip(),
                        description(parsed), new Problem.Responsibility(RectificationType.TIME_LIMITED, null, Set.of(),
                        Set.of(), null, null)));
                for (String text : parsed.measures()) {
                    if (text == null || text.isBlank()) {
                        continue;
                    }
                    var measure = plans.add(problem.getId(), new Plans.MeasureDraft(text.strip(), null, null));
                    if (parsed.status() == ProblemStatus.CLOSED) {
                        plans.complete(measure.getId(), measure.getVersion(),
                                new Plans.Completion(MeasureStatus.DONE, reportDate, null));
                    }
                }
                var recorded = new rectify.inspection.StatusWords.Recorded(parsed.status(), reportDate, null);
                if (recorded.entersAState()) {
                    problems.adoptRecordedState(problem.getId(), recorded);
                }
                created++;
            }
        }
        return new Result(document.categories().size(), created);
    }

    /** A group heading (aspect › group › problem) stays with the problem, as the first line of its description. */
    private static String description(ParsedDocument.Problem problem) {
        String group = problem.group() == null || problem.group().isBlank() ? null : problem.group().strip();
        String description = problem.description() == null || problem.description().isBlank() ? null
                : problem.description().strip();
        if (group == null) {
            return description;
        }
        return description == null ? "（" + group + "）" : "（" + group + "）" + description;
    }

    /** Every aspect and problem is named and every text fits, or nothing is written. */
    private static void check(ParsedDocument document) {
        if (document.categories().isEmpty() || document.problemCount() == 0) {
            throw BusinessException.rule("intake.rule.noProblems");
        }
        int aspectNo = 0;
        int problemNo = 0;
        for (ParsedDocument.Category category : document.categories()) {
            aspectNo++;
            if (category.title() == null || category.title().isBlank()) {
                throw BusinessException.rule("intake.rule.aspectTitle", aspectNo);
            }
            if (category.title().strip().length() > TITLE_LENGTH) {
                throw BusinessException.rule("intake.rule.aspectTitleLength", aspectNo, TITLE_LENGTH);
            }
            if (category.problems().isEmpty()) {
                throw BusinessException.rule("intake.rule.aspectEmpty", aspectNo);
            }
            for (ParsedDocument.Problem problem : category.problems()) {
                problemNo++;
                if (problem.title() == null || problem.title().isBlank()) {
                    throw BusinessException.rule("intake.rule.problemTitle", problemNo);
                }
                if (problem.title().strip().length() > TITLE_LENGTH) {
                    throw BusinessException.rule("intake.rule.problemTitleLength", problemNo, TITLE_LENGTH);
                }
                String description = description(problem);
                if (description != null && description.length() > TEXT_LENGTH) {
                    throw BusinessException.rule("intake.rule.descriptionLength", problemNo, TEXT_LENGTH);
                }
                int measureNo = 0;
                for (String measure : problem.measures()) {
                    measureNo++;
                    if (measure != null && measure.strip().length() > TEXT_LENGTH) {
                        throw BusinessException.rule("intake.rule.measureLength", problemNo, measureNo, TEXT_LENGTH);
                    }
                }
            }
        }
    }
}
