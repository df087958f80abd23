package rectify.document;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;

/**
 * The ledger as a workbook (问题台账.xlsx): domain.md's columns, one row per measure with the problem's cells merged,
 * a title row and a frozen header with filters, column widths for Chinese text, printable on landscape A4 with the
 * header repeated. Rows stream from the database into a streaming workbook, so a large ledger exports in little
 * memory.
 */
@Service
@Transactional(readOnly = true)
public class LedgerWorkbook {

    /** The columns of domain.md, and their widths in characters. */
    public static final String[] HEADERS = {"序号", "问题方面", "反馈问题", "具体表现", "整改措施", "责任领导", "责任部门",
            "责任人", "完成时限", "整改类型", "整改进展", "整改状态", "销号时间", "备注"};
    /**
     * Column widths in Chinese characters of the default font. Fitted to the width of landscape A4 the sheet prints at
     * about 78%, so the text is set in 12 pt to print at 9 pt or more.
     */
    private static final int[] WIDTHS = {2, 5, 8, 8, 12, 3, 4, 3, 5, 3, 8, 3, 5, 3};
    private static final short TEXT_POINTS = 12;
    private static final float LINE_POINTS = 16f;
    /** Problems read from the database at a time. */
    private static final int CHUNK = 500;
    /** Columns that belong to the measure; the others are the problem's and are merged over its measures. */
    private static final int MEASURE_COLUMN = 4;
    private static final int PROGRESS_COLUMN = 10;

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final MessageSource messages;

    LedgerWorkbook(JdbcClient jdbc, InspectionAccess access, MessageSource messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.messages = messages;
    }

    public String fileName(long inspectionId) {
        return EvidencePackage.safe(access.readable(inspectionId).getTitle()) + "-问题台账.xlsx";
    }

    /** An empty ledger in the import layout, to be filled in by hand. */
    public void template(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("问题台账");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("问题台账（导入模板：同一问题的多项措施各占一行，序号等问题信息只填第一行）");
            title.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row header = sheet.createRow(1);
            header.setHeightInPoints(2 * LINE_POINTS + 6);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
                header.getCell(c).setCellStyle(styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 2 * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            workbook.dispose();
        }
    }

    public void export(long inspectionId, OutputStream out) throws IOException {
        Inspection inspection = access.readable(inspectionId);
        Map<Long, String> units = joined("""
                select pu.problem_id as pid, coalesce(u.short_name, u.name) as name from problem_unit pu
                join org_unit u on u.id = pu.org_unit_id join problem p on p.id = pu.problem_id
                where p.inspection_id = :id order by u.path""", inspectionId);
        Map<Long, String> people = joined("""
                select pp.problem_id as pid, u.display_name as name from problem_person pp
                join app_user u on u.id = pp.user_id join problem p on p.id = pp.problem_id
                where p.inspection_id = :id order by u.display_name""", inspectionId);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("问题台账");
            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            title.createCell(0).setCellValue(inspection.getTitle() + " 问题台账");
            title.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row header = sheet.createRow(1);
            // the narrow columns' headings (责任领导, 整改状态) take two lines
            header.setHeightInPoints(2 * LINE_POINTS + 6);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
                header.getCell(c).setCellStyle(styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 2 * 256);
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, 0, HEADERS.length - 1));
            printLandscapeA4(sheet);

            int[] next = {2};
            long[] currentProblem = {-1};
            int[] problemFirstRow = {2};
            int last = jdbc.sql("select coalesce(max(seq), 0) from problem where inspection_id = :id")
                    .param("id", inspectionId).query(Integer.class).single();
            // keyset chunks of problems: no database driver ever buffers more than one chunk of rows
            for (int after = 0; after < last; after += CHUNK) {
                jdbc.sql("""
                        select p.id, p.seq, c.title as category, p.title, p.description, p.rectification_type, p.status,
                               p.deadline, p.closed_on, p.note,
                               (select l.display_name from app_user l where l.id = p.responsible_leader_id) as leader,
                               m.seq as measure_seq, m.text as measure, r.text as progress,
                               (select count(*) from measure mc where mc.problem_id = p.id and mc.removed_at is null) as measure_count
                        from problem p
                        join feedback_category c on c.id = p.category_id
                        left join measure m on m.problem_id = p.id and m.removed_at is null
                        left join progress_report r on r.id = (select max(r2.id) from progress_report r2 where r2.measure_id = m.id)
                        where p.inspection_id = :id and p.seq > :after and p.seq <= :until
                        order by p.seq, m.seq""")
                        .param("id", inspectionId).param("after", after).param("until", after + CHUNK)
                        .query((ResultSet rs) -> {
                            long problemId = rs.getLong("id");
                            if (problemId != currentProblem[0]) {
                                mergeProblem(sheet, problemFirstRow[0], next[0] - 1);
                                currentProblem[0] = problemId;
                                problemFirstRow[0] = next[0];
                            }
                            boolean firstOfProblem = next[0] == problemFirstRow[0];
                            Row row = sheet.createRow(next[0]++);
                            write(row, rs, firstOfProblem, units.getOrDefault(problemId, ""),
                                    people.getOrDefault(problemId, ""), styles);
                        });
            }
            mergeProblem(sheet, problemFirstRow[0], next[0] - 1);
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** A measure row; the problem's own cells are written on its first row only, the merged cells show them. */
    private void write(Row row, ResultSet rs, boolean firstOfProblem, String units, String people, Styles styles)
            throws SQLException {
        String measure = rs.getString("measure");
        int measureSeq = rs.getInt("measure_seq");
        String[] values = {String.valueOf(rs.getInt("seq")), rs.getString("category"), rs.getString("title"),
                rs.getString("description"),
                measure == null ? "" : rectify.inspection.ChineseNumbers.of(measureSeq) + "是" + measure,
                rs.getString("leader"), units, people, date(rs.getDate("deadline")),
                text("problem.type." + rs.getString("rectification_type")), rs.getString("progress"),
                text("problem.status." + rs.getString("status")), date(rs.getDate("closed_on")), rs.getString("note")};
        int rowsOfProblem = Math.max(1, rs.getInt("measure_count"));
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            boolean problemCell = c != MEASURE_COLUMN && c != PROGRESS_COLUMN;
            int needed = linesFor(values[c], WIDTHS[c]);
            lines = Math.max(lines, problemCell ? (needed + rowsOfProblem - 1) / rowsOfProblem : needed);
        }
        // a streaming sheet cannot measure wrapped text, so each row is given the lines its longest cell needs
        row.setHeightInPoints(lines * LINE_POINTS + 4);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            boolean problemCell = c != MEASURE_COLUMN && c != PROGRESS_COLUMN;
            if (problemCell && !firstOfProblem) {
                cell.setCellStyle(styles.wrap);
                continue;
            }
            if (c == 0) {
                cell.setCellValue(Integer.parseInt(values[0]));
                cell.setCellStyle(styles.center);
            } else {
                cell.setCellValue(values[c] == null ? "" : values[c]);
                cell.setCellStyle(c == MEASURE_COLUMN || c == PROGRESS_COLUMN || c == 3 || c == 2 || c == 1
                        ? styles.wrap : styles.center);
            }
        }
    }

    /** How many lines a text needs in a column this many Chinese characters wide. */
    static int linesFor(String text, int width) {
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
    private static void mergeProblem(SXSSFSheet sheet, int first, int last) {
        if (last <= first) {
            return;
        }
        for (int c = 0; c < HEADERS.length; c++) {
            if (c != MEASURE_COLUMN && c != PROGRESS_COLUMN) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(first, last, c, c));
            }
        }
    }

    private Map<Long, String> joined(String sql, long inspectionId) {
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql(sql).param("id", inspectionId).query((ResultSet rs) -> {
            names.computeIfAbsent(rs.getLong("pid"), k -> new ArrayList<>()).add(rs.getString("name"));
        });
        Map<Long, String> joined = new HashMap<>();
        names.forEach((id, list) -> joined.put(id, String.join("、", list)));
        return joined;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static String date(Date value) {
        LocalDate date = value == null ? null : value.toLocalDate();
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

        Styles(SXSSFWorkbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setFontName("方正小标宋简体");
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            Font bold = workbook.createFont();
            bold.setFontName("黑体");
            bold.setFontHeightInPoints(TEXT_POINTS);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            Font body = workbook.createFont();
            body.setFontName("仿宋_GB2312");
            body.setFontHeightInPoints(TEXT_POINTS);
            wrap = bordered(workbook);
            wrap.setFont(body);
            wrap.setWrapText(true);
            center = bordered(workbook);
            center.setFont(body);
            center.setAlignment(HorizontalAlignment.CENTER);
            center.setWrapText(true);
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
