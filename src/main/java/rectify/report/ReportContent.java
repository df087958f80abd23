package rectify.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the rectification report says, in order, ready to be laid out; {@code closing} is the public notice's
 * invitation to supervise (null in the internal report), {@code recipient} null where there is no 主送.
 */
public record ReportContent(String title, String recipient, String opening, List<Section> before, String feedbackHeading,
                            String feedbackIntro, List<Aspect> aspects, SelfFound selfFound, List<Section> after,
                            String closing, String issuer, LocalDate date, boolean sealed) {

    /** The problems the unit found itself (自查自纠), reported in their own part and never counted as feedback. */
    public record SelfFound(String heading, String intro, List<Item> problems) {
    }

    /** A narrative section: its heading and paragraphs; a paragraph starting "（一）" is a level-2 heading. */
    public record Section(String heading, List<String> paragraphs) {
    }

    public record Aspect(String title, List<Item> problems) {
    }

    /** "1. 关于…的问题。（已整改到位）" and what was done (整改情况). */
    public record Item(int seq, String title, String statusWords, String summary) {
    }
}
