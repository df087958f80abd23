package rectify.intake;

import java.util.List;

import rectify.inspection.ProblemStatus;

/**
 * What a feedback document or an earlier report says, as structure: aspects, problems with their description
 * (具体表现), status words and measures, each with the text it came from; the passages that were not taken as
 * items; and the figures the document states about itself.
 */
public record ParsedDocument(String title, List<Category> categories, List<Skipped> skipped, Figures figures) {

    public ParsedDocument {
        categories = categories == null ? List.of() : categories;
        skipped = skipped == null ? List.of() : skipped;
    }

    public ParsedDocument(String title, List<Category> categories) {
        this(title, categories, List.of(), null);
    }

    public record Category(int seq, String title, List<Problem> problems, String source) {

        public Category {
            problems = problems == null ? List.of() : problems;
        }

        public Category(int seq, String title, List<Problem> problems) {
            this(seq, title, problems, null);
        }
    }

    /**
     * {@code status} is what the status words say (已整改到位 → CLOSED …), null where there are none; {@code group}
     * is the heading between the aspect and the problem where a document has three levels.
     */
    public record Problem(int seq, String title, String description, ProblemStatus status, List<String> measures,
                          String group, String source) {

        public Problem {
            measures = measures == null ? List.of() : measures;
        }

        public Problem(int seq, String title, ProblemStatus status, List<String> measures) {
            this(seq, title, null, status, measures, null, null);
        }
    }

    /** A passage that is not an item: why it was left out, so the reader can take it in. */
    public record Skipped(String text, Reason reason) {
    }

    public enum Reason {
        /** Opening, narrative sections, suggestions and requirements. */
        NARRATIVE,
        /** "以上问题，请……认真研究……": what the sender asks, not a problem or a measure. */
        INSTRUCTION,
        /** Addressee, document number, signature, date, 抄送 and contact lines. */
        SIGNATURE,
        /** Responsibility lines (责任领导、责任单位、完成时限) the ledger asks for separately. */
        DETAIL,
        /** Text the reader could not place under any problem. */
        UNPLACED
    }

    /** The figures a document states about itself ("反馈4个方面11个问题，已整改到位9个"); null where it says none. */
    public record Figures(Integer aspects, Integer problems, Integer closed, Integer ongoing, Integer inProgress) {

        public boolean none() {
            return aspects == null && problems == null && closed == null && ongoing == null && inProgress == null;
        }
    }

    public int problemCount() {
        return categories.stream().mapToInt(c -> c.problems().size()).sum();
    }
}
