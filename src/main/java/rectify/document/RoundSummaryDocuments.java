package rectify.document;

import static rectify.document.GbtLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

import rectify.dashboard.Figures;
import rectify.dashboard.RoundSummaries;
import rectify.dashboard.RoundSummaries.RoundSummary;
import rectify.dashboard.RoundSummaries.UnitSummary;
import rectify.outcome.Outcome;
import rectify.outcome.Outcomes;
import rectify.org.CurrentUser;
import rectify.org.OrgUnits;
import rectify.shared.web.Formats;

/**
 * The round summary (巡察整改情况汇总) as a GB/T 9704 docx (an opening paragraph of the totals, a table of figures per
 * unit and one of outcomes) and as an xlsx table, both from {@link RoundSummary}: the figures the dashboard shows, never typed again.
 */
@Component
public class RoundSummaryDocuments {

    static final String[] HEADERS = {"序号", "被巡察单位", "反馈问题", "已完成整改", "基本完成持续整改", "正在整改",
            "逾期未完成", "整改完成率", "按期销号率", "平均销号用时（天）", "自查自纠问题"};
    static final String[] OUTCOME_HEADERS = {"序号", "被巡察单位", "建章立制（项）", "问责（人）", "清退追缴资金（万元）"};
    /** The sheet has both: figures, then outcomes. */
    static final String[] SHEET_HEADERS = {"序号", "被巡察单位", "反馈问题", "已完成整改", "基本完成持续整改", "正在整改",
            "逾期未完成", "整改完成率", "按期销号率", "平均销号用时（天）", "自查自纠问题", "建章立制（项）", "问责（人）",
            "清退追缴资金（万元）"};
    private static final int[] WIDTHS = {6, 17, 7, 7, 9, 7, 7, 8, 8, 9, 7};
    private static final int[] OUTCOME_WIDTHS = {6, 36, 14, 14, 17};
    /** Column widths of the sheet, in characters (a Chinese character takes two). */
    private static final int[] SHEET_WIDTHS = {6, 26, 9, 10, 14, 9, 10, 10, 10, 12, 12, 12, 10, 16};
    /** The sheet's column of funds, set with two decimals. */
    private static final int FUNDS_COLUMN = 13;
    private static final int TABLE_HALF_POINTS = 21;

    private final OrgUnits orgUnits;

    RoundSummaryDocuments(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    public String fileName(RoundSummary summary, String extension) {
        return title(summary) + "（" + summary.asOf() + "）." + extension;
    }

    static String title(RoundSummary summary) {
        return summary.roundName() + "整改情况汇总";
    }

    /** "截至2026年11月28日，本轮巡察共3个单位，反馈问题…": the totals in the words reports use. */
    static String opening(RoundSummary summary) {
        Figures t = summary.total();
        StringBuilder text = new StringBuilder("截至").append(Formats.chineseDate(summary.asOf())).append("，")
                .append(summary.roundName()).append("共涉及被巡察单位").append(summary.units().size()).append("个，反馈问题")
                .append(t.problems().value()).append("个，已完成整改").append(t.closed().value()).append("个");
        if (t.ongoing().value() > 0) {
            text.append("、基本完成并持续整改").append(t.ongoing().value()).append("个");
        }
        text.append("、正在整改").append(t.open().value()).append("个，整改完成率").append(t.completion());
        if (t.overdue().value() > 0) {
            text.append("；超过整改时限尚未完成").append(t.overdue().value()).append("个");
        }
        if (t.closed().value() > 0) {
            text.append("；按期销号率").append(t.onTime());
        }
        text.append("。");
        Figures own = summary.selfFound();
        if (own.problems().value() > 0) {
            text.append("各单位另自查自纠问题").append(own.problems().value()).append("个，已完成整改")
                    .append(own.closed().value()).append("个，不计入反馈问题。");
        }
        String achieved = Outcomes.inWords(summary.outcomes());
        if (!achieved.isEmpty()) {
            text.append("通过整改，").append(achieved).append("。");
        }
        RoundSummaries.FollowUp follow = summary.followUp();
        if (follow.revisited() > 0) {
            text.append("开展回头看，复查问题").append(follow.revisited()).append("个，整改到位").append(follow.held())
                    .append("个、整改不到位").append(follow.notHeld()).append("个、反弹回潮").append(follow.relapsed())
                    .append("个、纸面整改").append(follow.paperOnly()).append("个。");
        }
        if (follow.duties() > 0) {
            text.append("建立长效机制").append(follow.duties()).append("项")
                    .append(follow.dutiesOnTimePercent() == null ? "" : "，按期落实率" + follow.dutiesOnTimePercent() + "%")
                    .append("。");
        }
        return text.append("各单位整改情况见下表。").toString();
    }

    static List<String> outcomeCells(int seq, String name, Outcome.Totals o) {
        return List.of(seq == 0 ? "" : String.valueOf(seq), name, String.valueOf(o.institutions()),
                String.valueOf(o.people()), o.funds().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    static List<String> cells(int seq, String name, Figures f, Figures selfFound) {
        List<String> cells = new ArrayList<>();
        cells.add(seq == 0 ? "" : String.valueOf(seq));
        cells.add(name);
        cells.add(String.valueOf(f.problems().value()));
        cells.add(String.valueOf(f.closed().value()));
        cells.add(String.valueOf(f.ongoing().value()));
        cells.add(String.valueOf(f.open().value()));
        cells.add(String.valueOf(f.overdue().value()));
        cells.add(f.completion());
        cells.add(f.onTime());
        cells.add(f.averageDays());
        cells.add(String.valueOf(selfFound.problems().value()));
        return cells;
    }

    public void writeDocx(RoundSummary summary, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            pageNumbers(document);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, false);
            run(title, title(summary), XIAOBIAOSONG, TITLE_HALF_POINTS, false);
            blank(document);
            body(document, opening(summary));
            table(document, summary);
            XWPFParagraph caption = paragraph(document, ParagraphAlignment.LEFT, false);
            run(caption, "整改成效", HEITI, BODY_HALF_POINTS, false);
            outcomeTable(document, summary);
            String issuer = CurrentUser.find().flatMap(u -> orgUnits.find(u.orgUnitId())).map(u -> u.getName())
                    .orElse("");
            signed(document, issuer, Formats.chineseDate(summary.asOf()), true);
            document.write(out);
        }
    }

    private void table(XWPFDocument document, RoundSummary summary) {
        XWPFTable table = document.createTable(summary.units().size() + 2, HEADERS.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        fill(table, 0, List.of(HEADERS), HEITI, true);
        int row = 1;
        for (UnitSummary unit : summary.units()) {
            fill(table, row, cells(row, unit.name(), unit.figures(), unit.selfFound()), FANGSONG, false);
            row++;
        }
        fill(table, row, cells(0, "合计", summary.total(), summary.selfFound()), HEITI, false);
        widths(table, WIDTHS);
    }

    private void outcomeTable(XWPFDocument document, RoundSummary summary) {
        XWPFTable table = document.createTable(summary.units().size() + 2, OUTCOME_HEADERS.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        fill(table, 0, List.of(OUTCOME_HEADERS), HEITI, true);
        int row = 1;
        for (UnitSummary unit : summary.units()) {
            fill(table, row, outcomeCells(row, unit.name(), unit.outcomes()), FANGSONG, false);
            row++;
        }
        fill(table, row, outcomeCells(0, "合计", summary.outcomes()), HEITI, false);
        widths(table, OUTCOME_WIDTHS);
    }

    private static void fill(XWPFTable table, int row, List<String> values, String font, boolean header) {
        for (int c = 0; c < values.size(); c++) {
            XWPFTableCell cell = table.getRow(row).getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(c == 1 && !header ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            // a table keeps its own compact lines instead of the body's 22-line grid
            var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            ppr.addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
            p.setSpacingBetween(1.0);
            p.setSpacingBefore(40);
            p.setSpacingAfter(40);
            run(p, values.get(c), font, TABLE_HALF_POINTS, false);
        }
    }

    /** Column widths as shares of the text block (156 mm = 8844 twips). */
    private static void widths(XWPFTable table, int[] widths) {
        int total = java.util.Arrays.stream(widths).sum();
        for (var row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                var cell = row.getCell(c).getCTTc();
                var pr = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
                var width = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                width.setW(BigInteger.valueOf(8844L * widths[c] / total));
                width.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            }
        }
    }

    public void writeXlsx(RoundSummary summary, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("整改情况汇总");
            CellStyle titleStyle = style(workbook, "方正小标宋简体", 14, false, false);
            CellStyle headerStyle = style(workbook, "黑体", 10, true, true);
            CellStyle textStyle = style(workbook, "仿宋_GB2312", 10, true, false);
            CellStyle numberStyle = style(workbook, "仿宋_GB2312", 10, true, false);
            numberStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle percentStyle = style(workbook, "仿宋_GB2312", 10, true, false);
            percentStyle.setAlignment(HorizontalAlignment.CENTER);
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            CellStyle noteStyle = style(workbook, "仿宋_GB2312", 10, false, false);
            CellStyle moneyStyle = style(workbook, "仿宋_GB2312", 10, true, false);
            moneyStyle.setAlignment(HorizontalAlignment.CENTER);
            moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            title.createCell(0).setCellValue(title(summary));
            title.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, SHEET_HEADERS.length - 1));
            Row note = sheet.createRow(1);
            note.setHeightInPoints(28);
            note.createCell(0).setCellValue("统计截至" + Formats.chineseDate(summary.asOf()) + "；整改完成率＝已完成整改÷反馈问题，"
                    + "基本完成持续整改的不计入已完成；按期销号率＝按期销号÷已完成整改；自查自纠问题单列，不计入反馈问题。");
            note.getCell(0).setCellStyle(noteStyle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, SHEET_HEADERS.length - 1));
            Row header = sheet.createRow(2);
            header.setHeightInPoints(30);
            for (int c = 0; c < SHEET_HEADERS.length; c++) {
                header.createCell(c).setCellValue(SHEET_HEADERS[c]);
                header.getCell(c).setCellStyle(headerStyle);
                sheet.setColumnWidth(c, SHEET_WIDTHS[c] * 256);
            }
            int r = 3;
            int seq = 1;
            for (UnitSummary unit : summary.units()) {
                Row row = sheet.createRow(r++);
                row.setHeightInPoints(20);
                write(row, seq++, unit.name(), unit.figures(), unit.selfFound(), unit.outcomes(), textStyle,
                        numberStyle, percentStyle);
                row.getCell(FUNDS_COLUMN).setCellStyle(moneyStyle);
            }
            Row totalRow = sheet.createRow(r);
            totalRow.setHeightInPoints(20);
            write(totalRow, 0, "合计", summary.total(), summary.selfFound(), summary.outcomes(), headerStyle,
                    headerStyle, percentStyle);
            totalRow.getCell(FUNDS_COLUMN).setCellStyle(moneyStyle);
            sheet.createFreezePane(2, 3);
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, SHEET_HEADERS.length - 1));
            LedgerWorkbook.printLandscapeA4(sheet);
            workbook.write(out);
        }
    }

    private static void write(Row row, int seq, String name, Figures f, Figures selfFound, Outcome.Totals o,
                              CellStyle text, CellStyle number, CellStyle percent) {
        row.createCell(0).setCellValue(seq == 0 ? "" : String.valueOf(seq));
        row.createCell(1).setCellValue(name);
        long[] counts = {f.problems().value(), f.closed().value(), f.ongoing().value(), f.open().value(),
                f.overdue().value()};
        for (int i = 0; i < counts.length; i++) {
            row.createCell(2 + i).setCellValue(counts[i]);
        }
        if (f.completionRate() != null) {
            row.createCell(7).setCellValue(f.completionRate());
        } else {
            row.createCell(7).setCellValue("—");
        }
        if (f.onTimeRate() != null) {
            row.createCell(8).setCellValue(f.onTimeRate());
        } else {
            row.createCell(8).setCellValue("—");
        }
        if (f.averageDaysToClose() != null) {
            row.createCell(9).setCellValue(Math.round(f.averageDaysToClose()));
        } else {
            row.createCell(9).setCellValue("—");
        }
        row.createCell(10).setCellValue(selfFound.problems().value());
        row.createCell(11).setCellValue(o.institutions());
        row.createCell(12).setCellValue(o.people());
        row.createCell(FUNDS_COLUMN).setCellValue(o.funds().doubleValue());
        for (int c = 0; c < SHEET_HEADERS.length; c++) {
            row.getCell(c).setCellStyle(c == 1 ? text : c == 7 || c == 8 ? percent : number);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, String fontName, int points, boolean bordered,
                                   boolean header) {
        Font font = workbook.createFont();
        font.setFontName(fontName);
        font.setFontHeightInPoints((short) points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (header) {
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        } else if (!bordered) {
            style.setAlignment(points >= 14 ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
        }
        return style;
    }
}
