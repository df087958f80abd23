package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.BrowserTest;

/** The office checks a ledger workbook, sees what will be created, and imports it; a broken one shows its errors. */
class LedgerImportBrowserTest extends BrowserTest {

    @Test
    void aLedgerIsCheckedThenImported() throws Exception {
        ApiClient office = ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD);
        long seed = 0;
        for (JsonNode i : office.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第二巡察组对区科协党组常规巡察")) {
                seed = i.get("id").asLong();
            }
        }
        Path workbook = Files.createTempFile("台账", ".xlsx");
        Files.write(workbook, office.download("/api/v1/inspections/" + seed + "/ledger.xlsx").body());

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/new"));
        page.fill("#title", "台账导入" + UUID.randomUUID().toString().substring(0, 6));
        page.selectOption("#targetUnitId", new SelectOption().setLabel("石龙区科学技术协会"));
        page.click("#inspection-create");
        page.click("#open-ledger-import");
        page.setInputFiles("#ledger-file", workbook);
        page.click("#import-check");
        assertThat(page.locator("#import-ok")).containsText("将新增 11 个问题、35 项整改措施");
        screenshot("ledger-import-checked");
        page.click("#import-confirm");
        assertThat(page.locator("#flash-success")).containsText("已导入 11 个问题");
        assertThat(page.locator("#inspection-counts")).containsText("11");

        page.click("#open-ledger-import");
        page.setInputFiles("#ledger-file", workbook);
        page.click("#import-check");
        assertThat(page.locator("#import-errors")).containsText("序号应为 12");
        assertThat(page.locator("#import-confirm")).hasCount(0);
    }
}
