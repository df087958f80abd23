package rectify.intake;

import rectify.document.LedgerWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiClient.Response;
import rectify.support.ApiTest;

/**
 * Export → import reproduces a ledger; a broken workbook changes nothing and answers every error, by row and
 * column, the rules of a problem entered alone included; the import is one entry of the audit log that names
 * every row. Runs on H2 and, when configured, on PostgreSQL (where the rows are written in batches too).
 */
abstract class LedgerImportContract extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Response upload(long inspection, byte[] workbook, boolean dryRun) throws Exception {
        String token = anonymous.basic(INSPECTION_OFFICE, PASSWORD).post("/api/v1/tokens", "{\"name\":\"import\"}")
                .json().get("token").asString();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/inspections/" + inspection + "/ledger.xlsx?dryRun=" + dryRun))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    long newKexieInspection(ApiClient office) {
        return office.post("/api/v1/inspections", """
                {"source":"INSPECTION","targetUnitId":%d,"title":"%s"}""".formatted(unitId(office, "石龙区科学技术协会"),
                "台账导入" + UUID.randomUUID())).json().get("id").asLong();
    }

    long seedInspection(ApiClient office) {
        for (JsonNode i : office.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第二巡察组对区科协党组常规巡察")) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("the demo's seed inspection is missing");
    }

    /** A ledger workbook as the template lays it out (title, headings), with these rows. */
    static byte[] workbook(String[][] rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("台账");
            Row header = sheet.createRow(1);
            for (int c = 0; c < LedgerWorkbook.HEADERS.length; c++) {
                header.createCell(c).setCellValue(LedgerWorkbook.HEADERS[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return out.toByteArray();
    }

    static List<List<String>> rows(byte[] workbook) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheet.getRow(1).getLastCellNum(); c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    cells.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void exportThenImportReproducesTheLedger() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        long seed = seedInspection(office);
        byte[] exported = office.download("/api/v1/inspections/" + seed + "/ledger.xlsx").body();
        long copy = newKexieInspection(office);

        Response dry = upload(copy, exported, true);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().get("problems").asInt()).isEqualTo(11);
        assertThat(dry.json().get("measures").asInt()).isEqualTo(35);
        assertThat(dry.json().get("newCategories")).hasSize(4);
        assertThat(office.get("/api/v1/inspections/" + copy + "/categories").json()).isEmpty();

        Response saved = upload(copy, exported, false);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        byte[] again = office.download("/api/v1/inspections/" + copy + "/ledger.xlsx").body();
        assertThat(rows(again)).isEqualTo(rows(exported));

        Response twice = upload(copy, exported, true);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("errors").get(0).get("message").asString()).contains("序号应为 12");
    }

    @Test
    void aBrokenWorkbookAnswersEveryErrorAndChangesNothing() throws Exception {
        String[][] rows = {
                {"1", "制度建设", "关于制度不健全的问题", "", "一是修订制度", "王志强", "办公室", "李敏", "2027-01-31", "限期整改"},
                {"2", "制度建设", "", "", "", "张三", "财务科", "", "明年", "马上改"},
                {"4", "作风建设", "关于作风不实的问题", "", "", "", "", "", "2027/2/30", ""}};
        byte[] workbook = workbook(rows);
        ApiClient office = as(INSPECTION_OFFICE);
        long inspection = newKexieInspection(office);
        Response refused = upload(inspection, workbook, false);
        assertThat(refused.status()).isEqualTo(422);
        List<String> errors = new ArrayList<>();
        refused.json().get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asString()
                + " " + e.get("message").asString()));
        assertThat(errors).anyMatch(e -> e.startsWith("4 反馈问题 必须填写"))
                .anyMatch(e -> e.startsWith("4 责任领导") && e.contains("张三"))
                .anyMatch(e -> e.startsWith("4 责任部门") && e.contains("财务科"))
                .anyMatch(e -> e.startsWith("4 完成时限") && e.contains("明年"))
                .anyMatch(e -> e.startsWith("4 整改类型"))
                .anyMatch(e -> e.startsWith("5 序号") && e.contains("序号应为 3"))
                .anyMatch(e -> e.startsWith("5 完成时限") && e.contains("2027/2/30"));
        assertThat(office.get("/api/v1/inspections/" + inspection + "/categories").json()).isEmpty();
        assertThat(office.get("/api/v1/problems?inspectionId=" + inspection).json().get("totalElements").asInt()).isZero();

        Response notExcel = upload(inspection, "not a workbook".getBytes(StandardCharsets.UTF_8), true);
        assertThat(notExcel.status()).isEqualTo(415);
        assertThat(notExcel.message()).contains("xlsx");
    }

    /**
     * Earlier records enter the same way whichever importer reads them: "持续整改" alone is an ongoing problem (the
     * ledger importer used to leave it open), and without a review date it is checked three months after the
     * record's day, as the document importer does.
     */
    @Test
    void statusWordsAndReviewDatesAreReadAsTheDocumentImporterReadsThem() throws Exception {
        String[][] rows = {
                {"1", "制度建设", "关于制度执行不严的问题", "", "", "", "", "", "", "长期整改", "", "持续整改", "2026-06-30"},
                {"2", "制度建设", "关于台账不全的问题", "", "", "", "", "", "", "限期整改", "", "已完成", "2026-05-31"}};
        byte[] workbook = workbook(rows);
        ApiClient office = as(INSPECTION_OFFICE);
        long inspection = newKexieInspection(office);
        Response imported = upload(inspection, workbook, false);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        var listed = office.get("/api/v1/problems?inspectionId=" + inspection + "&sort=SEQ").json().get("content");
        var ongoing = office.get("/api/v1/problems/" + listed.get(0).get("problemId").asLong()).json();
        assertThat(ongoing.get("status").asString()).isEqualTo("ONGOING");
        assertThat(ongoing.get("nextReviewDate").asString()).isEqualTo("2026-09-30");
        var closed = office.get("/api/v1/problems/" + listed.get(1).get("problemId").asLong()).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedOn").asString()).isEqualTo("2026-05-31");
    }

    @Test
    void anImportIsOneEntryOfTheAuditLogThatNamesEveryRow() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        byte[] exported = office.download("/api/v1/inspections/" + seedInspection(office) + "/ledger.xlsx").body();
        long copy = newKexieInspection(office);
        assertThat(upload(copy, exported, false).status()).isEqualTo(201);

        var entries = jdbc.queryForList("select entity_type, action, summary, after_state from audit_event"
                + " where subject = ? and entity_type = 'LedgerImport'", "Inspection:" + copy);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("summary").toString()).contains("问题第1至11号", "措施35条");
        JsonNode named = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(entries.get(0).get("after_state").toString()).get("rows");
        var listed = office.get("/api/v1/problems?inspectionId=" + copy + "&sort=SEQ&size=50").json().get("content");
        assertThat(named).hasSize(11);
        java.util.Set<Integer> rowsNamed = new java.util.HashSet<>();
        int measureRows = 0;
        for (int i = 0; i < 11; i++) {
            JsonNode row = named.get(i);
            assertThat(row.get(1).asInt()).isEqualTo(i + 1);
            assertThat(row.get(2).asLong()).isEqualTo(listed.get(i).get("problemId").asLong());
            rowsNamed.add(row.get(0).asInt());
            row.get(3).forEach(m -> rowsNamed.add(m.asInt()));
            measureRows += row.get(3).size();
        }
        assertThat(measureRows).isEqualTo(35);
        // every data row of the workbook (row 3 onwards) is named: its problem's row or one of its measures' rows
        assertThat(rowsNamed).containsAll(java.util.stream.IntStream.rangeClosed(3, rows(exported).size())
                .boxed().toList());
        Integer oneByOne = jdbc.queryForObject("select count(*) from audit_event where entity_type in"
                + " ('Problem', 'Measure') and subject in (select 'Problem:' || cast(id as varchar(20)) from problem"
                + " where inspection_id = ?)", Integer.class, copy);
        assertThat(oneByOne).isZero();
        assertThat(as(AUDIT_ADMIN).get("/api/v1/audit-events?entityType=LedgerImport&size=200").body())
                .contains("问题第1至11号");

        // each imported problem's own history begins with the import that entered it, without its content
        JsonNode history = office.get("/api/v1/problems/" + listed.get(4).get("problemId").asLong()).json()
                .get("history");
        assertThat(history.get(0).get("entityType").asString()).isEqualTo("LedgerImport");
        assertThat(history.get(0).get("summary").asString()).contains("问题第1至11号");
        assertThat(history.get(0).get("after").isNull()).isTrue();
        // a problem entered by hand afterwards is not said to come from it
        long category = office.get("/api/v1/inspections/" + copy + "/categories").json().get(0).get("id").asLong();
        long byHand = office.post("/api/v1/inspections/" + copy + "/problems",
                "{\"categoryId\":" + category + ",\"title\":\"关于补充录入的问题\"}").json().get("id").asLong();
        JsonNode own = office.get("/api/v1/problems/" + byHand).json().get("history");
        assertThat(own.get(0).get("entityType").asString()).isEqualTo("Problem");
        assertThat(own.toString()).doesNotContain("LedgerImport");
    }

    @Test
    void rowsTheRulesOfAProblemEnteredAloneRefuseAreNamedInTheDryRunAndNothingIsSaved() throws Exception {
        java.time.LocalDate later = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10);
        String[][] rows = {
                {"1", "制度建设", "关于制度不健全的问题", "", "一是修订制度", "", "", "", "2026-03-31", "限期整改"},
                {"2", "制度建设", "关".repeat(501), "", "", "", "", "", "", "限期整改"},
                {"3", "制度建设", "关于台账不全的问题", "", "一是补齐台账", "", "", "", "", "限期整改", "", "已完成",
                        later.toString()}};
        byte[] workbook = workbook(rows);
        ApiClient office = as(INSPECTION_OFFICE);
        long inspection = office.post("/api/v1/inspections", """
                {"source":"INSPECTION","targetUnitId":%d,"title":"%s","feedbackDate":"2026-06-01"}""".formatted(
                unitId(office, "石龙区科学技术协会"), "台账导入" + UUID.randomUUID())).json().get("id").asLong();
        for (boolean dryRun : new boolean[]{true, false}) {
            Response refused = upload(inspection, workbook, dryRun);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            List<String> errors = new ArrayList<>();
            refused.json().get("errors").forEach(e -> errors.add(e.get("row").asInt() + " "
                    + e.get("column").asString() + " " + e.get("message").asString()));
            assertThat(errors).as(errors.toString())
                    .anyMatch(e -> e.startsWith("3 完成时限") && e.contains("2026-06-01"))
                    .anyMatch(e -> e.startsWith("4 反馈问题") && e.contains("500") && e.contains("501"))
                    .anyMatch(e -> e.startsWith("5 销号时间") && e.contains("不能晚于今天"));
        }
        assertThat(office.get("/api/v1/inspections/" + inspection + "/categories").json()).isEmpty();
        assertThat(office.get("/api/v1/problems?inspectionId=" + inspection).json().get("totalElements").asInt()).isZero();
    }
}
