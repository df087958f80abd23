package rectify.intake;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

import rectify.inspection.ChineseNumbers;

/**
 * The labels Word prints in front of automatically numbered paragraphs (一、 （一） 1. （1） ①), worked out from
 * numbering.xml the way Word counts: one counter per list and level, deeper levels starting again under a new
 * higher item. Without them a numbered feedback document reads as text without any structure.
 */
final class ListLabels {

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final XWPFDocument document;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    ListLabels(XWPFDocument document) {
        this.document = document;
        this.numbering = document.getNumbering();
    }

    /**
     * The label of this paragraph, counting it; empty when it is not numbered or is a bullet. A numbering part that
     * does not follow the schema costs the labels, not the document.
     */
    String of(XWPFParagraph paragraph) {
        try {
            return next(paragraph);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String next(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        CTNumPr numPr = numberingOf(paragraph);
        if (numPr == null || numPr.getNumId() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numId == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null || level < 0 || level > 8) {
            return "";
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return "";
        }
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int i = lvl.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                levels[i] = lvl;
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int i = override.getIlvl().intValue();
            if (i >= 0 && i < 9 && override.isSetLvl()) {
                levels[i] = override.getLvl();
            }
        }
        if (levels[level] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> {
            int[] fresh = new int[9];
            for (int i = 0; i < 9; i++) {
                fresh[i] = start(levels[i], num, i) - 1;
            }
            return fresh;
        });
        count[level]++;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = start(levels[deeper], num, deeper) - 1;
        }
        String format = format(levels[level]);
        if ("bullet".equals(format) || "none".equals(format) || !levels[level].isSetLvlText()) {
            return "";
        }
        String text = levels[level].getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int referenced = text.charAt(++i) - '1';
                if (referenced >= 0 && referenced < 9) {
                    label.append(value(Math.max(count[referenced], 1), format(levels[referenced])));
                }
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** Numbering set on the paragraph, or else on its style (Word's numbered headings). */
    private CTNumPr numberingOf(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            return paragraph.getCTP().getPPr().getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && document.getStyles() != null && depth < 5; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                return null;
            }
            var ct = style.getCTStyle();
            if (ct.getPPr() != null && ct.getPPr().getNumPr() != null) {
                return ct.getPPr().getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private static int start(CTLvl lvl, XWPFNum num, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl().intValue() == level && override.isSetStartOverride()) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        return lvl == null || !lvl.isSetStart() ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl == null || !lvl.isSetNumFmt() ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    static String value(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "ideographDigital", "japaneseCounting",
                 "taiwaneseCounting", "taiwaneseCountingThousand", "chineseLegalSimplified" -> ChineseNumbers.of(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(n - 1)) : String.valueOf(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1))
                    : String.valueOf(n);
            case "decimalZero" -> String.format("%02d", n);
            case "upperLetter" -> letters(n).toUpperCase();
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase();
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            default -> String.valueOf(n);
        };
    }

    private static String letters(int n) {
        return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                s.append(symbols[i]);
                n -= values[i];
            }
        }
        return s.toString();
    }

    private static String fullWidth(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            s.append((char) (c - '0' + '０'));
        }
        return s.toString();
    }
}
