package rectify.intake;

import java.util.regex.Pattern;

/** The typographic conventions of Chinese official text, restored in what conversions and typists leave behind. */
final class ChineseText {

    static final String NUMERALS = "一二三四五六七八九十";
    private static final String HAN = "[\\p{IsHan}“”‘’（）《》、，。：；！？…—]";
    private static final Pattern SPACE_BETWEEN = Pattern.compile("(?<=" + HAN + ")[ \\t]+(?=" + HAN + ")");
    private static final Pattern SPACE_AROUND_DIGITS = Pattern.compile("(?<=[\\p{IsHan}\\d])[ \\t]+(?=[\\p{IsHan}])|(?<=[\\p{IsHan}])[ \\t]+(?=\\d)");
    private static final Pattern HALF_WIDTH_NEAR_HAN = Pattern.compile("(?<=" + HAN + ")\\s*([,;:?!])|([,;:?!])\\s*(?=" + HAN + ")");
    /** A half-width stop after a Chinese character ends a sentence, except after a heading's numeral ("一.党的领导"). */
    private static final Pattern STOP_AFTER_HAN = Pattern.compile(
            "(?<=[\\p{IsHan}”）])(?<!^[一二三四五六七八九十]{1,3})\\.(?=[\\p{IsHan}“（]|\\s*$)");

    private ChineseText() {
    }

    /** Full-width punctuation between Chinese characters, no spaces inside Chinese text, no conversion debris. */
    static String normalise(String line) {
        StringBuilder s = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '０' && c <= '９') {
                s.append((char) (c - '０' + '0'));
            } else if (c == '\u3000' || c == '\u00a0' || c == '\t') {
                s.append(' ');
            } else if (c == '(') {
                s.append('（');
            } else if (c == ')') {
                s.append('）');
            } else if (c == '．') {
                s.append('.');
            } else if (c == '\u200b' || c == '\ufeff' || c == '\u200e' || c == '\u200f') {
                continue;
            } else {
                s.append(c);
            }
        }
        String text = s.toString().replace("**", "").strip();
        if (text.isEmpty() || !needsRegularExpressions(text)) {
            return text;
        }
        text = HALF_WIDTH_NEAR_HAN.matcher(text).replaceAll(m -> fullWidth(m.group(1) != null ? m.group(1) : m.group(2)));
        text = STOP_AFTER_HAN.matcher(text).replaceAll("。");
        text = SPACE_BETWEEN.matcher(text).replaceAll("");
        return SPACE_AROUND_DIGITS.matcher(text).replaceAll("");
    }

    /** Most lines have no space and no half-width punctuation: they need none of the replacements below. */
    private static boolean needsRegularExpressions(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ' ', ',', ';', ':', '?', '!', '.' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static String fullWidth(String c) {
        return switch (c) {
            case "," -> "，";
            case ";" -> "；";
            case ":" -> "：";
            case "?" -> "？";
            default -> "！";
        };
    }

    /** 一 … 九十九 as a number; -1 when it is none. */
    static int numeral(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? NUMERALS.indexOf(s.charAt(0)) + 1 : -1;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(s.charAt(0)) + 1;
        int units = ten == s.length() - 1 ? 0 : NUMERALS.indexOf(s.charAt(ten + 1)) + 1;
        if (tens <= 0 || units < 0 || s.length() > 3) {
            return -1;
        }
        return tens * 10 + units;
    }
}
