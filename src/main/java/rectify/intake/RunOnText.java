package rectify.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole document pasted as one line, cut where its headings and items start. A numbering mark inside a sentence
 * ("第1、2季度", "一、二级") is told from a heading by counting: a mark is taken only where it continues its level's
 * count (一、 after the document's start, 二、 after 一、; （二） after （一）; 1. after nothing or after 1.).
 */
final class RunOnText {

    private static final Pattern MARK = Pattern.compile(
            "(?<cn1>[一二三四五六七八九十]{1,2})、|（(?<cn2>[一二三四五六七八九十]{1,2})）|(?<![\\d第.])(?<ar1>\\d{1,2})[.、](?!\\d)"
                    + "|（(?<ar2>\\d{1,2})）|(?<lead>整改情况|整改措施|具体表现|问题表现)：");
    private static final Pattern KIND = Pattern.compile("报告|意见|通报|方案|清单|台账|反馈");
    private static final int TITLE_LENGTH = 100;

    private RunOnText() {
    }

    static List<String> split(String text) {
        List<Integer> cuts = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        int cn1 = 0;
        int cn2 = 0;
        int ar1 = 0;
        int ar2 = 0;
        while (m.find()) {
            boolean take = false;
            if (m.group("cn1") != null) {
                int v = ChineseText.numeral(m.group("cn1"));
                if (v == cn1 + 1) {
                    cn1 = v;
                    cn2 = 0;
                    ar2 = 0;
                    take = true;
                }
            } else if (m.group("cn2") != null) {
                int v = ChineseText.numeral(m.group("cn2"));
                if (v == cn2 + 1) {
                    cn2 = v;
                    ar2 = 0;
                    take = true;
                }
            } else if (m.group("ar1") != null) {
                int v = Integer.parseInt(m.group("ar1"));
                if (v == ar1 + 1 || v == 1) {
                    ar1 = v;
                    ar2 = 0;
                    take = true;
                }
            } else if (m.group("ar2") != null) {
                int v = Integer.parseInt(m.group("ar2"));
                if (v == ar2 + 1) {
                    ar2 = v;
                    take = true;
                }
            } else {
                take = true;
            }
            if (take && m.start() > 0) {
                cuts.add(m.start());
            }
        }
        int titleEnd = titleEnd(text, cuts.isEmpty() ? text.length() : cuts.get(0));
        if (titleEnd > 0 && (cuts.isEmpty() || titleEnd < cuts.get(0))) {
            cuts.add(0, titleEnd);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            pieces.add(text.substring(from, cut));
            from = cut;
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /** After the last document-kind word (报告, 意见 …) of the opening words, where the title ends. */
    private static int titleEnd(String text, int limit) {
        int end = Math.min(Math.min(limit, TITLE_LENGTH), text.length());
        int colon = text.indexOf('：');
        if (colon > 0 && colon < end) {
            end = colon;
        }
        Matcher m = KIND.matcher(text.substring(0, end));
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }
}
