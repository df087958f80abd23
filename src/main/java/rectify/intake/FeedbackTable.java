package rectify.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import rectify.inspection.ChineseNumbers;

/**
 * A table in a feedback document or a plan. Where its header names the problem column (问题, 存在问题, 问题表现 …)
 * each row is read as a problem, with its aspect, description, measures and status from the columns that say so,
 * and written out in the numbered shape the structure reader knows; a measure row under a merged problem cell
 * belongs to the problem above. Any other table is read cell by cell, as paragraphs.
 */
final class FeedbackTable {

    private static final Pattern ASPECT = Pattern.compile("问题方面|问题类别|问题类型|方面|类别|板块|领域");
    private static final Pattern PROBLEM = Pattern.compile("反馈问题|存在问题|问题表现|问题描述|问题清单|发现问题|问题名称|^问题$|主要问题|问题内容");
    private static final Pattern DESCRIPTION = Pattern.compile("具体表现|表现形式|问题情形|具体问题|问题详情");
    private static final Pattern MEASURES = Pattern.compile("整改措施|整改情况|整改举措|落实情况|具体措施|整改落实|整改任务|整改内容|工作措施|主要措施");
    private static final Pattern STATUS = Pattern.compile("整改状态|完成情况|整改进度|整改进展|是否完成|状态");
    private static final Pattern LEADING_MARK = Pattern.compile("^(?:[（(]?\\d{1,2}[)）.、．]|[一二三四五六七八九十]+是|[①-⑳])\\s*");

    private FeedbackTable() {
    }

    /** rows → cells → the cell's paragraphs. */
    static List<SourceLine> lines(List<List<List<String>>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(cell -> String.join("", cell).replaceAll("\\s", "")).toList();
        int problem = column(header, PROBLEM);
        if (problem < 0) {
            return cellByCell(rows);
        }
        int aspect = column(header, ASPECT);
        int description = column(header, DESCRIPTION);
        int measures = column(header, MEASURES);
        int status = column(header, STATUS);
        if (aspect == problem) {
            aspect = -1;
        }
        List<SourceLine> lines = new ArrayList<>();
        String currentAspect = null;
        int aspects = 0;
        int problems = 0;
        int measureNo = 0;
        for (List<List<String>> row : rows.subList(1, rows.size())) {
            String aspectText = text(row, aspect);
            String problemText = text(row, problem);
            if (!aspectText.isEmpty() && !aspectText.equals(currentAspect)) {
                currentAspect = aspectText;
                lines.add(SourceLine.paragraph("（" + ChineseNumbers.of(++aspects) + "）"
                        + LEADING_MARK.matcher(aspectText).replaceFirst("")));
            }
            if (!problemText.isEmpty()) {
                String statusText = text(row, status);
                lines.add(SourceLine.paragraph(++problems + "." + LEADING_MARK.matcher(problemText).replaceFirst("")
                        + (statusText.isEmpty() ? "" : "（" + statusText + "）")));
                measureNo = 0;
                if (!text(row, description).isEmpty()) {
                    lines.add(SourceLine.paragraph("具体表现：" + text(row, description)));
                }
                if (measures >= 0 && !text(row, measures).isEmpty()) {
                    lines.add(SourceLine.paragraph("整改措施："));
                }
            } else if (problems == 0) {
                continue;
            }
            if (measures >= 0) {
                for (String measure : cell(row, measures)) {
                    String m = LEADING_MARK.matcher(measure.strip()).replaceFirst("");
                    if (!m.isEmpty()) {
                        lines.add(SourceLine.paragraph("（" + ++measureNo + "）" + m));
                    }
                }
            }
        }
        return lines;
    }

    private static List<SourceLine> cellByCell(List<List<List<String>>> rows) {
        List<SourceLine> lines = new ArrayList<>();
        for (List<List<String>> row : rows) {
            for (List<String> cell : row) {
                cell.stream().filter(p -> !p.isBlank()).forEach(p -> lines.add(SourceLine.paragraph(p)));
            }
        }
        return lines;
    }

    private static int column(List<String> header, Pattern pattern) {
        for (int i = 0; i < header.size(); i++) {
            if (pattern.matcher(header.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> cell(List<List<String>> row, int column) {
        return column < 0 || column >= row.size() ? List.of() : row.get(column);
    }

    private static String text(List<List<String>> row, int column) {
        return String.join("", cell(row, column)).strip();
    }
}
