package rectify.document;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiTest;

/**
 * The ledger workbook: domain.md's columns with warning and measure columns, a row per measure, merged problem
 * cells, a printable sheet, and the ledger page's filtered view exported exactly as the ledger lists it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LedgerWorkbookTest extends ApiTest {

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(1).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static String cell(XSSFSheet sheet, int row, String header) {
        Row r = sheet.getRow(row);
        var cell = r.getCell(headers(sheet).indexOf(header));
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    private static XSSFWorkbook workbook(byte[] content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    @Test
    void theSeedLedgerExportsWithAMeasureARowAndMergedProblemCells() throws IOException {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        long seed = inspectionId(kexie, "区委第二巡察组对区科协党组常规巡察");
        var response = kexie.download("/api/v1/inspections/" + seed + "/ledger.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = workbook(response.body())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(headers(sheet)).containsExactly("序号", "问题方面", "反馈问题", "具体表现", "责任领导", "责任部门",
                    "责任人", "完成时限", "预警", "整改类型", "整改措施", "措施责任人", "措施时限", "措施状态", "整改进展",
                    "整改状态", "销号时间", "备注");
            assertThat(headers(sheet)).containsAll(List.of(LedgerWorkbook.HEADERS));
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(1 + 3 + 3 + 5 + 4 + 3 + 2 + 3 + 4 + 4 + 3);
            assertThat(cell(sheet, 2, "反馈问题")).isEqualTo("学习制度落实不到位的问题");
            assertThat(cell(sheet, 2, "整改状态")).isEqualTo("已整改到位");
            assertThat(cell(sheet, 2, "销号时间")).isEqualTo("2022-12-30");
            assertThat(cell(sheet, 2, "预警")).as("a closed problem has no warning").isEmpty();
            assertThat(cell(sheet, 3, "整改措施")).startsWith("一是党组召开专题学习会议");
            assertThat(cell(sheet, 3, "措施状态")).matches("已完成\\n20\\d\\d-\\d\\d-\\d\\d");
            int title = headers(sheet).indexOf("反馈问题");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(3, 5, title, title));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
        }
        assertThat(as(EDUCATION_COORDINATOR).download("/api/v1/inspections/" + seed + "/ledger.xlsx").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theFilteredLedgerExportsExactlyTheProblemsTheLedgerListsWithTheirWarningInColour() throws IOException {
        ApiClient office = as(INSPECTION_OFFICE);
        for (String filter : List.of("warning=OVERDUE", "status=IN_PROGRESS&sort=deadline,desc", "q=学习")) {
            List<String> listed = new ArrayList<>();
            for (JsonNode row : office.get("/api/v1/problems?size=500&" + filter).json().get("content")) {
                listed.add(row.get("targetUnitName").asString() + "/" + row.get("seq").asInt() + "/"
                        + row.get("title").asString());
            }
            assertThat(listed).as(filter).isNotEmpty();
            var response = office.download("/api/v1/problems.xlsx?" + filter.replace(",", "%2C"));
            assertThat(response.statusCode()).isEqualTo(200);
            try (XSSFWorkbook workbook = workbook(response.body())) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                List<String> exported = new ArrayList<>();
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    if (!cell(sheet, r, "序号").isEmpty()) {
                        String key = cell(sheet, r, "被巡察单位") + "/" + cell(sheet, r, "序号") + "/"
                                + cell(sheet, r, "反馈问题");
                        exported.add(key);
                    }
                    if (filter.startsWith("warning") && !cell(sheet, r, "预警").isEmpty()) {
                        assertThat(cell(sheet, r, "预警")).isEqualTo("逾期");
                        XSSFCellStyle style = sheet.getRow(r).getCell(headers(sheet).indexOf("预警")).getCellStyle();
                        assertThat(style.getFillForegroundXSSFColor().getARGBHex()).endsWith("F8D7DA");
                    }
                }
                assertThat(exported).as(filter).containsExactlyElementsOf(listed);
            }
        }
    }

    @Test
    void aUnitExportsOnlyItsOwnProblems() throws IOException {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        long mine = kexie.get("/api/v1/problems?size=1").json().get("totalElements").asLong();
        var response = kexie.download("/api/v1/problems.xlsx?sort=DEADLINE&desc=true");
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = workbook(response.body())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Set<String> units = new HashSet<>();
            long problems = 0;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (!cell(sheet, r, "序号").isEmpty()) {
                    problems++;
                    units.add(cell(sheet, r, "被巡察单位"));
                }
            }
            assertThat(problems).isEqualTo(mine);
            assertThat(units).containsExactly("石龙区科学技术协会");
        }
        assertThat(kexie.get("/api/v1/problems.xlsx?sort=nonsense").status()).isEqualTo(400);
    }
}
