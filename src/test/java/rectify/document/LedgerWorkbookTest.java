package rectify.document;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiTest;

/** The ledger workbook: domain.md's columns, a row per measure, merged problem cells, and a printable sheet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LedgerWorkbookTest extends ApiTest {

    long inspection(ApiClient client, String title) {
        for (JsonNode i : client.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals(title)) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError(title);
    }

    @Test
    void theSeedLedgerExportsWithAMeasureARowAndMergedProblemCells() throws IOException {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        long seed = inspection(kexie, "区委第二巡察组对区科协党组常规巡察");
        var response = kexie.download("/api/v1/inspections/" + seed + "/ledger.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(1);
            for (int c = 0; c < LedgerWorkbook.HEADERS.length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(LedgerWorkbook.HEADERS[c]);
            }
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(1 + 3 + 3 + 5 + 4 + 3 + 2 + 3 + 4 + 4 + 3);
            Row first = sheet.getRow(2);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("学习制度落实不到位的问题");
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("已整改到位");
            assertThat(first.getCell(12).getStringCellValue()).isEqualTo("2022-12-30");
            Row second = sheet.getRow(3);
            assertThat(second.getCell(4).getStringCellValue()).startsWith("一是党组召开专题学习会议");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(3, 5, 2, 2));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
        }
        assertThat(as(EDUCATION_COORDINATOR).download("/api/v1/inspections/" + seed + "/ledger.xlsx").statusCode())
                .isEqualTo(404);
    }
}
