package rectify.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a paragraph starts with, in the order GB/T 9704 gives the levels (一、 （一） 1. （1）), with the
 * other forms real documents use at the problem level ("问题1：", an unnumbered "关于……的问题" heading) and below it
 * (1） ①).
 */
record Marker(Type type, int value, String rest) {

    enum Type {
        CN1(1), CN2(2), AR1(3), QUESTION(3), ABOUT(3), AR2(4), AR3(5), CIRCLED(6);

        final int rank;

        Type(int rank) {
            this.rank = rank;
        }
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern CN1 = Pattern.compile("^(" + CN + ")\\s*[、.]\\s*(.*)$");
    private static final Pattern CN2 = Pattern.compile("^（\\s*(" + CN + ")\\s*）\\s*[、.，]?\\s*(.*)$");
    private static final Pattern AR1 = Pattern.compile("^(\\d{1,3})\\s*(?:[.、](?!\\d)|，(?=\\S))\\s*(.*)$");
    private static final Pattern QUESTION = Pattern.compile("^问题\\s*(\\d{1,3}|" + CN + ")\\s*[：.、]\\s*(.*)$");
    private static final Pattern AR2 = Pattern.compile("^（\\s*(\\d{1,3})\\s*）\\s*[、.]?\\s*(.*)$");
    private static final Pattern AR3 = Pattern.compile("^(\\d{1,2})）\\s*(.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])\\s*(.*)$");
    private static final Pattern ABOUT = Pattern.compile("^关于[^。；]{2,60}问题[。]?(?:[（【\\[].{2,12}[）】\\]])?$");

    /** A short unnumbered line naming an aspect: "党的政治建设方面", "全面从严治党方面存在的问题". */
    private static final Pattern ASPECT_LINE = Pattern.compile("^[^，。；：、（）]{2,28}方面(存在的问题|的问题|存在问题)?$");
    /** Status words standing before the number: "【已整改】1、……". */
    private static final Pattern LEADING_STATUS = Pattern.compile("^([【\\[（〔][^】\\]）〕]{2,10}[】\\]）〕])\\s*(?=\\d|问题|[一二三四五六七八九十]+、)");

    /** The characters a numbered line can start with; any other line is a marker only as an aspect line. */
    private static final String STARTS = "一二三四五六七八九十（0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳问关【[〔";

    static Marker of(String paragraph) {
        if (paragraph.isEmpty()) {
            return null;
        }
        if (STARTS.indexOf(paragraph.charAt(0)) < 0) {
            return paragraph.length() <= 34 && paragraph.contains("方面") && ASPECT_LINE.matcher(paragraph).matches()
                    ? new Marker(Type.CN2, 0, paragraph) : null;
        }
        Matcher status = LEADING_STATUS.matcher(paragraph);
        if (status.find() && ProblemText.STATUS.matcher(status.group(1)).matches()) {
            Marker marker = numbered(paragraph.substring(status.end()));
            if (marker != null) {
                return new Marker(marker.type(), marker.value(), marker.rest() + status.group(1));
            }
        }
        Marker marker = numbered(paragraph);
        if (marker == null && ASPECT_LINE.matcher(paragraph).matches()) {
            return new Marker(Type.CN2, 0, paragraph);
        }
        return marker;
    }

    private static Marker numbered(String paragraph) {
        Matcher m;
        if ((m = CN1.matcher(paragraph)).matches() && !m.group(2).isEmpty()) {
            return new Marker(Type.CN1, ChineseText.numeral(m.group(1)), m.group(2));
        }
        if ((m = CN2.matcher(paragraph)).matches() && !m.group(2).isEmpty()) {
            return new Marker(Type.CN2, ChineseText.numeral(m.group(1)), m.group(2));
        }
        if ((m = QUESTION.matcher(paragraph)).matches()) {
            return new Marker(Type.QUESTION, ChineseText.numeral(m.group(1)), m.group(2));
        }
        if ((m = AR1.matcher(paragraph)).matches() && !m.group(2).isEmpty() && !m.group(2).startsWith("%")) {
            return new Marker(Type.AR1, Integer.parseInt(m.group(1)), m.group(2));
        }
        if ((m = AR2.matcher(paragraph)).matches() && !m.group(2).isEmpty()) {
            return new Marker(Type.AR2, Integer.parseInt(m.group(1)), m.group(2));
        }
        if ((m = AR3.matcher(paragraph)).matches() && !m.group(2).isEmpty()) {
            return new Marker(Type.AR3, Integer.parseInt(m.group(1)), m.group(2));
        }
        if ((m = CIRCLED.matcher(paragraph)).matches() && !m.group(2).isEmpty()) {
            return new Marker(Type.CIRCLED, m.group(1).charAt(0) - '①' + 1, m.group(2));
        }
        if (ABOUT.matcher(paragraph).matches()) {
            return new Marker(Type.ABOUT, 0, paragraph);
        }
        return null;
    }

    int rank() {
        return type.rank;
    }
}
