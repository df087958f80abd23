package rectify.document;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.Inspection;
import rectify.inspection.ChineseNumbers;
import rectify.inspection.InspectionAccess;
import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;
import rectify.rectification.Ledger;
import rectify.rectification.LedgerQuery;
import rectify.rectification.LedgerRow;

/**
 * The ledger as a workbook (问题台账.xlsx): exactly the rows the ledger page shows with its filters, domain.md's
 * columns with the warning level in its colour and each measure's responsible person, deadline and status, one row
 * per measure with the problem's cells merged, a title row and a frozen header with filters, printable on landscape
 * A4 at 9 pt or more with the header repeated. Rows stream from the ledger a page at a time into a streaming
 * workbook, so a large ledger exports in little memory. The import reads the export back by column name.
 */
@Service
@Transactional(readOnly = true)
public class LedgerWorkbook {

    /** The columns of domain.md, as the import template lays them out and the import reads them by name. */
    public static final String[] HEADERS = {"序号", "问题方面", "反馈问题", "具体表现", "整改措施", "责任领导", "责任部门",
            "责任人", "完成时限", "整改类型", "整改进展", "整改状态", "销号时间", "备注"};
    /** The export's measure columns, which the import reads too when a workbook has them. */
    public static final String[] MEASURE_HEADERS = {"措施责任人", "措施时限", "措施状态"};
    /** The template's column widths in Chinese characters of the default font. */
    private static final int[] TEMPLATE_WIDTHS = {2, 5, 8, 8, 12, 3, 4, 3, 5, 3, 8, 3, 5, 3};
    /** The type size the widths are measured in; a wider sheet sets its text larger, see {@link #textPoints}. */
    private static final short TEXT_POINTS = 12;
    /**
     * How much LibreOffice and Excel shrink a sheet this many characters wide to fit landscape A4's width, measured:
     * 72 characters print at 78%.
     */
    private static final double FIT_CHARACTERS = 72 * 0.78;
    /** The smallest type a printed ledger may have, with a little room for the fit's rounding. */
    private static final double LEGIBLE_POINTS = 9.2;

    /** The export's columns in reading order: the problem's, its measures', then its state. */
    enum Column {
        SEQ("序号", 2, false, false), UNIT("被巡察单位", 4, false, true), CATEGORY("问题方面", 3, false, true),
        TITLE("反馈问题", 6, false, true), DESCRIPTION("具体表现", 6, false, true), LEADER("责任领导", 3, false, false),
        UNITS("责任部门", 4, false, false), PEOPLE("责任人", 3, false, false), DEADLINE("完成时限", 6, false, false),
        WARNING("预警", 2, false, false), TYPE("整改类型", 3, false, false), MEASURE("整改措施", 7, true, true),
        MEASURE_PERSON("措施责任人", 3, true, false), MEASURE_DEADLINE("措施时限", 6, true, false),
        MEASURE_STATUS("措施状态", 6, true, false), PROGRESS("整改进展", 5, true, true),
        STATUS("整改状态", 3, false, false), CLOSED_ON("销号时间", 6, false, false), NOTE("备注", 2, false, true);

        private final String header;
        private final int width;
        private final boolean ofMeasure;
        private final boolean wraps;

        Column(String header, int width, boolean ofMeasure, boolean wraps) {
            this.header = header;
            this.width = width;
            this.ofMeasure = ofMeasure;
            this.wraps = wraps;
        }

        String header() {
            return header;
        }

        int width() {
            return width;
        }

        boolean ofMeasure() {
            return ofMeasure;
        }

        boolean wraps() {
            return wraps;
        }

        /** Every column; the inspected unit's only when the rows may come from several inspections. */
        static List<Column> of(boolean withUnit) {
            return java.util.Arrays.stream(values()).filter(c -> withUnit || c != UNIT).toList();
        }
    }

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final Ledger ledger;
    private final MessageSource messages;
    private final Clock clock;

    LedgerWorkbook(JdbcClient jdbc, InspectionAccess access, Ledger ledger, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.ledger = ledger;
        this.messages = messages;
        this.clock = clock;
    }

    /** The type size at which a sheet this many characters wide, fitted to the page's width, prints legibly. */
    static int textPoints(int widthInCharacters) {
        double scale = Math.min(1, FIT_CHARACTERS / widthInCharacters);
        return Math.max(TEXT_POINTS, (int) Math.ceil(LEGIBLE_POINTS / scale));
    }

    private static float lineHeight(int points) {
        return points * 4f / 3;
    }

    public String fileName(long inspectionId) {
        return EvidencePackage.safe(access.readable(inspectionId).getTitle()) + "-问题台账.xlsx";
    }

    /** An empty ledger in the import layout, to be filled in by hand. */
    public void template(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
            Styles styles = new Styles(workbook, TEXT_POINTS);
            SXSSFSheet sheet = workbook.createSheet("问题台账");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("问题台账（导入模板：同一问题的多项措施各占一行，序号等问题信息只填第一行）");
            title.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row header = sheet.createRow(1);
            header.setHeightInPoints(2 * lineHeight(TEXT_POINTS) + 6);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
                header.getCell(c).setCellStyle(styles.header);
                sheet.setColumnWidth(c, TEMPLATE_WIDTHS[c] * 2 * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** One inspection's whole ledger, in the order of its problems. */
    public void export(long inspectionId, OutputStream out) throws IOException {
        Inspection inspection = access.readable(inspectionId);
        export(LedgerQuery.all().forInspection(inspectionId), inspection.getTitle() + " 问题台账", false, out);
    }

    /** Exactly what the ledger shows with these filters, in its order; a column names each row's inspected unit. */
    public void export(LedgerQuery query, OutputStream out) throws IOException {
        String title = query.inspectionId() == null ? "问题台账" : access.readable(query.inspectionId()).getTitle() + " 问题台账";
        export(query, title + "（截至" + LocalDate.now(clock) + "）", query.inspectionId() == null, out);
    }

    public String fileName(LedgerQuery query) {
        String name = query.inspectionId() == null ? "问题台账" : fileName(query.inspectionId()).replace(".xlsx", "");
        return name + "（" + LocalDate.now(clock) + "）.xlsx";
    }

    private void export(LedgerQuery query, String titleText, boolean withUnit, OutputStream out) throws IOException {
        List<Column> columns = Column.of(withUnit);
        int points = textPoints(columns.stream().mapToInt(Column::width).sum());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook, (short) points);
            SXSSFSheet sheet = workbook.createSheet("问题台账");
            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            title.createCell(0).setCellValue(titleText);
            title.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            Row header = sheet.createRow(1);
            // the narrow columns' headings (责任领导, 措施责任人) take two lines
            header.setHeightInPoints(3 * lineHeight(points) + 6);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
                header.getCell(c).setCellStyle(styles.header);
                sheet.setColumnWidth(c, columns.get(c).width() * 2 * 256);
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, 1, 0, columns.size() - 1));
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, 0, columns.size() - 1));
            printLandscapeA4(sheet);
            LocalDate today = LocalDate.now(clock);
            int[] next = {2};
            ledger.forEachPage(query, page -> {
                Details details = details(page);
                for (LedgerRow problem : page) {
                    List<MeasureLine> measures = details.measures().getOrDefault(problem.problemId(), List.of());
                    int first = next[0];
                    int rowsOfProblem = Math.max(1, measures.size());
                    for (int m = 0; m < rowsOfProblem; m++) {
                        MeasureLine measure = m < measures.size() ? measures.get(m) : null;
                        Row row = sheet.createRow(next[0]++);
                        write(row, columns, problem, details.notes().get(problem.problemId()), measure, m == 0,
                                rowsOfProblem, today, styles, points);
                    }
                    mergeProblem(sheet, columns, first, next[0] - 1);
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** A measure of a problem as the workbook shows it. */
    private record MeasureLine(int seq, String text, String responsible, LocalDate deadline, String status,
                               String progress) {
    }

    /** What the ledger's rows do not carry: each problem's note and its measures with their latest progress. */
    private record Details(Map<Long, String> notes, Map<Long, List<MeasureLine>> measures) {
    }

    private Details details(List<LedgerRow> page) {
        List<Long> ids = page.stream().map(LedgerRow::problemId).toList();
        Map<Long, String> notes = new HashMap<>();
        jdbc.sql("select id, note from problem where id in (:ids)").param("ids", ids)
                .query((ResultSet rs) -> {
                    notes.put(rs.getLong("id"), rs.getString("note"));
                });
        Map<Long, List<MeasureLine>> measures = new HashMap<>();
        jdbc.sql("""
                select m.problem_id, m.seq, m.text, m.deadline, m.status, m.completed_on, u.display_name as responsible, r.text as progress
                from measure m
                left join app_user u on u.id = m.responsible_user_id
                left join progress_report r on r.id = (select max(r2.id) from progress_report r2 where r2.measure_id = m.id and r2.voided_at is null)
                where m.problem_id in (:ids) and m.removed_at is null
                order by m.problem_id, m.seq""").param("ids", ids)
                .query((ResultSet rs) -> {
                    measures.computeIfAbsent(rs.getLong("problem_id"), k -> new ArrayList<>()).add(new MeasureLine(
                            rs.getInt("seq"), rs.getString("text"), rs.getString("responsible"),
                            rs.getObject("deadline", LocalDate.class),
                            measureState(rs.getString("status"), rs.getObject("completed_on", LocalDate.class)),
                            rs.getString("progress")));
                });
        return new Details(notes, measures);
    }

    /** A measure row; the problem's own cells are written on its first row only, the merged cells show them. */
    private void write(Row row, List<Column> columns, LedgerRow problem, String note, MeasureLine measure,
                       boolean firstOfProblem, int rowsOfProblem, LocalDate today, Styles styles, int points) {
        String[] values = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            values[c] = value(columns.get(c), problem, note, measure, today);
        }
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            int needed = linesFor(values[c], columns.get(c).width() * TEXT_POINTS / (double) points);
            lines = Math.max(lines, columns.get(c).ofMeasure() ? needed : (needed + rowsOfProblem - 1) / rowsOfProblem);
        }
        // a streaming sheet cannot measure wrapped text, so each row is given the lines its longest cell needs
        row.setHeightInPoints(lines * lineHeight(points) + 4);
        for (int c = 0; c < values.length; c++) {
            Column column = columns.get(c);
            var cell = row.createCell(c);
            if (!column.ofMeasure() && !firstOfProblem) {
                cell.setCellStyle(styles.wrap);
                continue;
            }
            if (column == Column.SEQ) {
                cell.setCellValue(problem.seq());
                cell.setCellStyle(styles.center);
                continue;
            }
            cell.setCellValue(values[c] == null ? "" : values[c]);
            cell.setCellStyle(column == Column.WARNING ? styles.warning(problem.status() == ProblemStatus.CLOSED
                    ? WarningLevel.NORMAL : problem.warning()) : column.wraps() ? styles.wrap : styles.center);
        }
    }

    /** "已完成 2026-10-12" or "未完成": the state with the day it was done, which the import reads back. */
    private String measureState(String status, LocalDate completedOn) {
        String text = text("measure.status." + status);
        return completedOn == null || !"DONE".equals(status) ? text : text + "\n" + completedOn;
    }

    private String value(Column column, LedgerRow p, String note, MeasureLine m, LocalDate today) {
        return switch (column) {
            case SEQ -> String.valueOf(p.seq());
            case UNIT -> p.targetUnitName();
            case CATEGORY -> p.categoryTitle();
            case TITLE -> p.title();
            case DESCRIPTION -> p.description();
            case LEADER -> p.leaderName();
            case UNITS -> String.join("、", p.unitNames());
            case PEOPLE -> String.join("、", p.personNames());
            case DEADLINE -> date(p.deadline());
            case WARNING -> p.status() == ProblemStatus.CLOSED ? "" : text("warning." + p.warning());
            case TYPE -> text("problem.type." + p.rectificationType());
            case MEASURE -> m == null ? "" : ChineseNumbers.item(m.seq(), m.text());
            case MEASURE_PERSON -> m == null ? "" : m.responsible();
            case MEASURE_DEADLINE -> m == null ? "" : date(m.deadline());
            case MEASURE_STATUS -> m == null ? "" : m.status();
            case PROGRESS -> m == null ? "" : m.progress();
            case STATUS -> text("problem.status." + p.status());
            case CLOSED_ON -> date(p.closedOn());
            case NOTE -> note;
        };
    }

    /** How many lines a text needs in a column this many Chinese characters wide. */
    static int linesFor(String text, double width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double units = 0;
        for (char ch : text.toCharArray()) {
            units += ch < 0x2E80 ? 0.55 : 1.0;
        }
        return (int) Math.ceil(units / Math.max(1, width - 0.5));
    }

    /** Merges the problem's own cells over the rows of its measures. */
    private static void mergeProblem(SXSSFSheet sheet, List<Column> columns, int first, int last) {
        if (last <= first) {
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).ofMeasure()) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(first, last, c, c));
            }
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Prints on landscape A4, all columns on one page width with narrow margins, centred: how a table is filed. */
    static void printLandscapeA4(org.apache.poi.ss.usermodel.Sheet sheet) {
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.5);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** The few cell styles a workbook shares (Excel limits how many a file may have). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle center;
        private final Map<WarningLevel, CellStyle> warnings = new java.util.EnumMap<>(WarningLevel.class);

        Styles(SXSSFWorkbook workbook, short points) {
            Font titleFont = workbook.createFont();
            titleFont.setFontName("方正小标宋简体");
            titleFont.setFontHeightInPoints((short) (points + 2));
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            Font bold = workbook.createFont();
            bold.setFontName("黑体");
            bold.setFontHeightInPoints(points);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            Font body = workbook.createFont();
            body.setFontName("仿宋_GB2312");
            body.setFontHeightInPoints(points);
            wrap = bordered(workbook);
            wrap.setFont(body);
            wrap.setWrapText(true);
            center = bordered(workbook);
            center.setFont(body);
            center.setAlignment(HorizontalAlignment.CENTER);
            center.setWrapText(true);
            warnings.put(WarningLevel.NORMAL, center);
            // the colours of 三色预警, as the ledger page shows them: red, yellow, green
            warnings.put(WarningLevel.OVERDUE, filled(workbook, body, 0xF8, 0xD7, 0xDA));
            warnings.put(WarningLevel.WARN, filled(workbook, body, 0xFF, 0xF3, 0xCD));
            warnings.put(WarningLevel.REMIND, filled(workbook, body, 0xD1, 0xE7, 0xDD));
        }

        CellStyle warning(WarningLevel level) {
            return warnings.get(level);
        }

        private static CellStyle filled(SXSSFWorkbook workbook, Font font, int red, int green, int blue) {
            XSSFCellStyle style = (XSSFCellStyle) bordered(workbook);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
