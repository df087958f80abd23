package rectify.document;

import java.util.List;

import rectify.inspection.ProblemStatus;

/** What a feedback document or an earlier report says, as structure: aspects, problems, status words, measures. */
public record ParsedDocument(String title, List<Category> categories) {

    public record Category(int seq, String title, List<Problem> problems) {
    }

    /** {@code status} is what the status words say (已整改到位 → CLOSED …), null where there are none. */
    public record Problem(int seq, String title, ProblemStatus status, List<String> measures) {
    }

    public int problemCount() {
        return categories.stream().mapToInt(c -> c.problems().size()).sum();
    }
}
