package rectify.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rectify.inspection.ProblemStatus;

/**
 * The words of one problem: its heading split into title, status words and description ("1.学习制度落实不到位的
 * 问题。未按计划开展……" → title and description), and a run of text split into measures (一是……二是……, （1）（2）,
 * 1）2）, ①②, 1.2., or "；" after "整改措施：").
 */
final class ProblemText {

    private static final String WORDS = "已整改到位|已整改完成|已完成整改|已整改|已完成|整改完成|已销号|已办结|基本整改到位[^）】\\]〕]{0,12}"
            + "|基本完成[^）】\\]〕]{0,12}|持续整改|长期坚持|长期整改|正在整改|整改中|正在推进|推进中|正在实施|未完成|尚未完成|未整改";
    static final Pattern STATUS = Pattern.compile("[（【\\[〔]\\s*(" + WORDS + ")\\s*[）】\\]〕]");
    private static final Pattern STATUS_DASH = Pattern.compile("[—－-]{1,2}\\s*(" + WORDS + ")\\s*[。]?$");
    private static final Pattern STATUS_LEAD = Pattern.compile("^(?:整改状态|完成情况|整改进度)?[：]?\\s*(" + WORDS + ")\\s*[。；，]\\s*");
    private static final Pattern ENUMERATED = Pattern.compile("(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,2})是(?=[^，。；]{2})");
    private static final Pattern PARENTHESISED = Pattern.compile("（(\\d{1,2})）");
    private static final Pattern CLOSING_PAREN = Pattern.compile("(?<![\\d（])(\\d{1,2})）");
    private static final Pattern CIRCLED = Pattern.compile("([①-⑳])");
    private static final Pattern DOTTED = Pattern.compile("(?<=^|[。；：])\\s*(\\d{1,2})[.、](?!\\d)");
    private static final Pattern LEADING_ENUMERATION = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}是|（\\d{1,2}）|\\d{1,2}）|[①-⑳]|\\d{1,2}[.、](?!\\d))\\s*");
    private static final int TITLE_LENGTH = 80;

    private ProblemText() {
    }

    record Heading(String title, String description, ProblemStatus status) {
    }

    /** Splits a problem's heading; the status words may stand anywhere in brackets or after a dash. */
    static Heading heading(String text) {
        ProblemStatus status = null;
        Matcher m = STATUS.matcher(text);
        if (m.find()) {
            status = status(m.group(1));
            text = (text.substring(0, m.start()) + text.substring(m.end())).strip();
        } else if ((m = STATUS_DASH.matcher(text)).find()) {
            status = status(m.group(1));
            text = text.substring(0, m.start()).strip();
        }
        String title = text;
        String description = null;
        int stop = firstStop(text);
        if (stop > 0 && stop < text.length() - 1) {
            title = text.substring(0, stop);
            description = text.substring(stop + 1).strip();
        } else if (stop < 0 && text.length() > TITLE_LENGTH) {
            int comma = text.indexOf('，');
            if (comma > 4 && comma <= TITLE_LENGTH) {
                title = text.substring(0, comma);
                description = text.substring(comma + 1).strip();
            }
        }
        title = clean(title);
        return new Heading(title, description == null || description.isEmpty() ? null : description, status);
    }

    /**
     * A problem's heading: as {@link #heading}, and a single sentence that states the problem and then its facts
     * ("隐患排查治理台账不完整，部分隐患未明确……") has the first clause as its title. A title that ends in 问题 stays whole.
     */
    static Heading problemHeading(String text) {
        Heading heading = heading(text);
        int comma = heading.title().indexOf('，');
        if (heading.description() != null || comma < 6 || heading.title().endsWith("问题")) {
            return heading;
        }
        return new Heading(heading.title().substring(0, comma), heading.title().substring(comma + 1).strip()
                + (text.strip().endsWith("。") ? "。" : ""), heading.status());
    }

    /** The end of the title: a full stop, or a colon close to the start ("理论学习不深入：……"). */
    private static int firstStop(String text) {
        int stop = text.indexOf('。');
        int colon = text.indexOf('：');
        if (colon > 0 && colon <= 40 && (stop < 0 || colon < stop)) {
            return colon;
        }
        if (stop > TITLE_LENGTH) {
            int comma = text.indexOf('，');
            return comma > 4 && comma <= TITLE_LENGTH ? comma : stop;
        }
        return stop;
    }

    /** Status words standing at the start of a progress paragraph ("已完成整改。一是……"), or null. */
    static Matcher leadingStatus(String text) {
        Matcher m = STATUS_LEAD.matcher(text);
        return m.find() ? m : null;
    }

    static ProblemStatus status(String words) {
        return rectify.inspection.StatusWords.of(words);
    }

    /** Title without its closing punctuation or a stray enumeration mark. */
    static String clean(String title) {
        return title.strip().replaceAll("[。；，：]+$", "").strip();
    }

    /** A paragraph that is one enumerated item loses its mark; one that holds several is split. */
    static List<String> measures(String text, boolean semicolons) {
        text = text.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        for (Pattern marker : List.of(ENUMERATED, PARENTHESISED, CLOSING_PAREN, CIRCLED, DOTTED)) {
            List<String> parts = split(text, marker);
            if (parts.size() > 1) {
                return parts;
            }
        }
        String single = tidy(LEADING_ENUMERATION.matcher(text).replaceFirst(""));
        if (semicolons) {
            List<String> parts = List.of(single.split("；"));
            if (parts.size() > 1 && parts.stream().allMatch(p -> p.strip().length() >= 8)) {
                return parts.stream().map(ProblemText::tidy).toList();
            }
        }
        return single.isEmpty() ? List.of() : List.of(single);
    }

    /**
     * Splits at markers that count 1, 2, 3 in order from the start of the text; anything else (一是 inside a word, a
     * year in brackets) is left alone.
     */
    static List<String> split(String text, Pattern marker) {
        Matcher m = marker.matcher(text);
        List<int[]> cuts = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            String number = m.group(1);
            int value = number.charAt(0) >= '①' && number.charAt(0) <= '⑳' ? number.charAt(0) - '①' + 1
                    : ChineseText.numeral(number);
            if (value == expected) {
                cuts.add(new int[] {m.start(), m.end()});
                expected++;
            }
        }
        String before = cuts.isEmpty() ? "" : text.substring(0, cuts.get(0)[0]).strip();
        if (cuts.size() < 2 || !before.isEmpty() && !before.endsWith("：")) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : text.length();
            String part = tidy(text.substring(cuts.get(i)[1], end));
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String tidy(String measure) {
        return measure.strip().replaceAll("[；，、]+$", "").strip();
    }

    /** "一是……二是……" inside an aspect's paragraph as problems: each part's first clause is its title. */
    static List<Heading> enumeratedProblems(String text) {
        List<String> parts = split(text, ENUMERATED);
        if (parts.size() < 2) {
            return List.of();
        }
        List<Heading> problems = new ArrayList<>();
        for (String part : parts) {
            int stop = -1;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '，' || c == '。' || c == '；' || c == '：') {
                    stop = i;
                    break;
                }
            }
            String title = stop > 0 ? part.substring(0, stop) : part;
            String description = stop > 0 && stop < part.length() - 1 ? part.substring(stop + 1).strip() : null;
            problems.add(new Heading(clean(title), description, null));
        }
        return problems;
    }

    /** Text before the first "一是" of a paragraph that enumerates (an aspect's lead-in sentence). */
    static String beforeEnumeration(String text) {
        Matcher m = ENUMERATED.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("一")) {
                return text.substring(0, m.start()).strip();
            }
        }
        return text;
    }
}
