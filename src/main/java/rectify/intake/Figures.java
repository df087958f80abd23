package rectify.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures a document states about itself: "反馈的4个方面11项问题", "已整改到位9个", "正在整改2个". */
final class Figures {

    private static final String N = "(\\d{1,5}|[一二三四五六七八九十]{1,3})";
    private static final String UNIT = "\\s*(?:个|项|条)";
    private static final Pattern ASPECTS = Pattern.compile(N + UNIT + "?方面");
    private static final Pattern PROBLEMS = Pattern.compile(
            "(?:方面|反馈|指出|发现|交办|移交|共|合计)[^。；，\\d一二三四五六七八九十]{0,10}?" + N + UNIT + "(?:具体)?问题");
    private static final Pattern PROBLEMS_AFTER = Pattern.compile("(?:反馈|指出|发现|交办)问题(?:共计|共|合计)?" + N + UNIT);
    private static final Pattern CLOSED = Pattern.compile(
            "(?:已整改到位|已完成整改|已整改完成|已整改|已完成|已销号|完成整改)(?:的问题|问题)?" + N + UNIT);
    private static final Pattern CLOSED_BEFORE = Pattern.compile(
            N + UNIT + "(?:问题)?(?:已整改到位|已完成整改|已整改完成|已完成|已销号)(?![\\d一二三四五六七八九十])");
    private static final Pattern ONGOING = Pattern.compile(
            "(?:基本完成|基本整改到位|持续整改|长期坚持|长期整改)[^。；，\\d]{0,8}?" + N + UNIT);
    private static final Pattern IN_PROGRESS = Pattern.compile("(?:正在整改|正在推进|整改中|未完成)(?:的问题|问题)?" + N + UNIT);

    private static final int OPENING = 60;

    private Figures() {
    }

    static ParsedDocument.Figures of(List<String> paragraphs) {
        Integer aspects = null, problems = null, closed = null, ongoing = null, inProgress = null;
        // documents state their figures in the opening or where a section starts, never deep in the text
        for (String p : paragraphs.subList(0, Math.min(paragraphs.size(), OPENING))) {
            if (p.length() > 2000) {
                p = p.substring(0, 2000);
            }
            aspects = aspects != null ? aspects : first(ASPECTS, p);
            problems = problems != null ? problems : first(PROBLEMS, p);
            problems = problems != null ? problems : first(PROBLEMS_AFTER, p);
            closed = closed != null ? closed : first(CLOSED, p);
            closed = closed != null ? closed : first(CLOSED_BEFORE, p);
            ongoing = ongoing != null ? ongoing : first(ONGOING, p);
            inProgress = inProgress != null ? inProgress : first(IN_PROGRESS, p);
        }
        ParsedDocument.Figures figures = new ParsedDocument.Figures(aspects, problems, closed, ongoing, inProgress);
        return figures.none() ? null : figures;
    }

    private static Integer first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                int n = ChineseText.numeral(m.group(g));
                return n < 0 ? null : n;
            }
        }
        return null;
    }
}
