package rectify.rectification;

import java.time.LocalDate;
import java.util.List;

import rectify.inspection.ProblemOrigin;
import rectify.inspection.ProblemStatus;
import rectify.inspection.RectificationType;
import rectify.inspection.WarningLevel;

/** One problem as the ledger shows it (domain.md's ledger columns, measures summarised). */
public record LedgerRow(long problemId, long inspectionId, String inspectionTitle, String targetUnitName,
                        int categorySeq, String categoryTitle, int seq, String title, String description,
                        RectificationType rectificationType, ProblemOrigin origin, ProblemStatus status,
                        LocalDate deadline, LocalDate originalDeadline, LocalDate nextReviewDate, LocalDate closedOn,
                        String leaderName, List<String> unitNames, List<String> personNames, int measuresTotal,
                        int measuresDone, LocalDate lastProgressOn, WarningLevel warning, long version) {

    /** The date the warning counts from: the deadline, or for a long-term item its next review. */
    public LocalDate dueDate() {
        return status == ProblemStatus.ONGOING ? nextReviewDate : deadline;
    }

    /** The aspect as the documents number it: "一、党组在推进机关政治建设方面不够有力". */
    public String categoryLabel() {
        return rectify.inspection.ChineseNumbers.of(categorySeq) + "、" + categoryTitle;
    }
}
