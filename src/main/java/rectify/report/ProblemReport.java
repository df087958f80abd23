package rectify.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import rectify.inspection.ChineseNumbers;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.rectification.Measure;
import rectify.rectification.MeasureStatus;
import rectify.shared.web.Formats;

/**
 * What the report says under one problem (整改情况), by its state: a closed problem what was done; a long-term one
 * what was done and the stage goal with the next review; an open one what is done so far and what remains by which
 * date; a problem without measures says plainly that they are being drawn up.
 */
final class ProblemReport {

    /** The report's wording, from the message bundle. */
    interface Words {
        String text(String key, Object... args);
    }

    private ProblemReport() {
    }

    static String text(Problem problem, List<Measure> measures, String approvedSummary, Words words) {
        ProblemStatus status = problem.getStatus();
        if (status == ProblemStatus.CLOSED || status == ProblemStatus.ONGOING) {
            String done = approvedSummary != null ? approvedSummary : enumerate(measures, null);
            if (done.isEmpty()) {
                done = words.text("report.item.noMeasuresRecorded");
            }
            return status == ProblemStatus.CLOSED ? done : done + next(problem, words);
        }
        if (measures.isEmpty()) {
            return words.text("report.item.noPlan");
        }
        List<Measure> done = measures.stream().filter(m -> m.getStatus() == MeasureStatus.DONE).toList();
        List<Measure> pending = measures.stream().filter(m -> m.getStatus() != MeasureStatus.DONE).toList();
        StringBuilder text = new StringBuilder();
        if (!done.isEmpty()) {
            text.append(words.text("report.item.done", enumerate(done, null)));
        }
        if (!pending.isEmpty()) {
            text.append(words.text("report.item.pending", enumerate(pending, words)));
        }
        return text.toString();
    }

    /** "下一步，将围绕……的阶段目标持续整改，2023年3月31日前开展复核。" */
    private static String next(Problem problem, Words words) {
        LocalDate review = problem.getNextReviewDate();
        String goal = problem.getStageGoal() == null ? null : problem.getStageGoal().strip().replaceAll("[。；，]$", "");
        if (goal != null && !goal.isEmpty() && review != null) {
            return words.text("report.item.next", goal, Formats.chineseDate(review));
        }
        if (review != null) {
            return words.text("report.item.nextReview", Formats.chineseDate(review));
        }
        return goal == null || goal.isEmpty() ? "" : words.text("report.item.nextGoal", goal);
    }

    /**
     * 一是……二是……, numbered in the order given; a single measure stands alone. With words, each measure not yet
     * done says by when ("（2023年6月30日前完成）").
     */
    static String enumerate(List<Measure> measures, Words words) {
        List<String> items = new ArrayList<>();
        for (Measure measure : measures) {
            String item = measure.getText().strip().replaceAll("[。；;，]+$", "");
            if (words != null && measure.getDeadline() != null) {
                item += words.text("report.item.deadline", Formats.chineseDate(measure.getDeadline()));
            }
            items.add(item);
        }
        return ChineseNumbers.enumerate(items);
    }
}
