package rectify.inspection;

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一: how documents number aspects (一、) and enumerations (一是). */
public final class ChineseNumbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumbers() {
    }

    public static String of(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    /** The n-th item of an enumeration: "二是" + text. */
    public static String item(int n, String text) {
        return of(n) + "是" + text;
    }

    /**
     * Items as official documents enumerate them: "一是……；二是……；三是……。", each item's own closing punctuation
     * dropped; a single item stands alone ("……。"). The one convention for reports, summaries and the demo.
     */
    public static String enumerate(java.util.List<String> items) {
        java.util.List<String> bare = items.stream().map(i -> i.strip().replaceAll("[。；;，,]+$", "")).toList();
        if (bare.size() == 1) {
            return bare.get(0) + "。";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bare.size(); i++) {
            text.append(item(i + 1, bare.get(i))).append(i + 1 < bare.size() ? "；" : "。");
        }
        return text.toString();
    }
}
