package rectify.report;

import rectify.document.GbtLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * A title too long for one line, broken between words into lines of balanced length, the upper ones no shorter
 * than the lower (GB/T 9704 7.3.1: 梯形或菱形); or broken where the user broke it. The words are found by the
 * vocabulary of such titles: who reports (……党组, ……协会), about what (关于……), which inspection (……巡察组), what
 * kind of document (反馈意见, 整改落实情况的报告).
 */
final class TitleLines {

    /** 2号 characters in the 156 mm text block. */
    static final int PER_LINE = 20;

    private static final String[] BEFORE = {"关于", "反馈意见", "巡察反馈", "巡视反馈", "整改落实", "整改情况", "整改进展",
            "落实情况", "情况的", "的报告", "的通报", "的意见", "专项巡察", "常规巡察", "巡察整改", "巡视整改", "审计"};
    private static final String[] AFTER = {"党组", "党委", "党支部", "委员会", "协会", "政府", "办公室", "巡察组", "巡视组",
            "局", "院", "中心", "公司", "关于"};

    private TitleLines() {
    }

    static List<String> of(String title) {
        String text = title.strip();
        if (text.contains("\n")) {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        if (width(text) <= PER_LINE) {
            return List.of(text);
        }
        List<Integer> words = boundaries(text);
        List<String> best = null;
        double bestCost = Double.MAX_VALUE;
        int lines = (int) Math.ceil(width(text) / PER_LINE);
        for (int count = lines; count <= lines + 1 && best == null; count++) {
            for (List<Integer> cuts : choose(words, count - 1)) {
                List<String> parts = split(text, cuts);
                double cost = cost(parts);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = parts;
                }
            }
        }
        return best != null ? best : evenly(text);
    }

    /** Unbalanced lines cost their difference; a lower line longer than the one above costs a little more. */
    private static double cost(List<String> parts) {
        double cost = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (width(parts.get(i)) > PER_LINE) {
                return Double.MAX_VALUE;
            }
            if (i > 0) {
                double difference = width(parts.get(i - 1)) - width(parts.get(i));
                cost += Math.abs(difference) + (difference < 0 ? 0.5 : 0);
            }
        }
        return cost;
    }

    private static List<Integer> boundaries(String text) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            String before = text.substring(0, i);
            String after = text.substring(i);
            boolean word = false;
            for (String w : BEFORE) {
                word |= after.startsWith(w);
            }
            for (String w : AFTER) {
                word |= before.endsWith(w);
            }
            if (word) {
                cuts.add(i);
            }
        }
        return cuts;
    }

    private static List<List<Integer>> choose(List<Integer> positions, int count) {
        List<List<Integer>> result = new ArrayList<>();
        choose(positions, count, 0, new ArrayList<>(), result);
        return result;
    }

    private static void choose(List<Integer> positions, int count, int from, List<Integer> chosen,
                               List<List<Integer>> result) {
        if (chosen.size() == count) {
            result.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i < positions.size(); i++) {
            chosen.add(positions.get(i));
            choose(positions, count, i + 1, chosen, result);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static List<String> split(String text, List<Integer> cuts) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(text.substring(from, cut));
            from = cut;
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** No word boundary fits: lines as even as the width allows. */
    private static List<String> evenly(String text) {
        int lines = (int) Math.ceil(width(text) / PER_LINE);
        int per = (int) Math.ceil((double) text.length() / lines);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length(); i += per) {
            parts.add(text.substring(i, Math.min(text.length(), i + per)));
        }
        return parts;
    }

    /** Chinese characters and their punctuation take a cell, Latin letters and digits half of one. */
    static double width(String text) {
        return GbtLayout.cells(text);
    }
}
