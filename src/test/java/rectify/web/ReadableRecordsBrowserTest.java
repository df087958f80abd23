package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;

/**
 * The change history of a problem and the audit log say everything in words: people by name, objects by title,
 * statuses and actions in Chinese. A scan of the pages finds no enumeration names, internal ids or JSON; the audit
 * log is searched and exported as it is shown.
 */
class ReadableRecordsBrowserTest extends BrowserTest {

    /** An enumeration name (IN_PROGRESS, SUBMIT_PLAN), a JSON member, or an internal reference ("User #15"). */
    private static final Pattern RAW = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b|\\b(?:PLANNING|CLOSED|ONGOING|CREATE|UPDATE|DELETE)\\b"
            + "|\"\\w+\"\\s*:|[{}]|\\b[A-Za-z]+ #\\d+");

    private static void assertReadable(String where, String text) {
        Matcher raw = RAW.matcher(text);
        org.assertj.core.api.Assertions.assertThat(raw.find() ? raw.group() : null)
                .as("raw data on " + where).isNull();
    }

    @Test
    void theProblemHistoryIsInWords() {
        signIn(EDUCATION_COORDINATOR);
        page.navigate(url("/ledger?q=" + java.net.URLEncoder.encode("教育经费", java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#ledger-table tbody tr a").first().click();
        assertThat(page.locator("#history-table tbody tr").first()).isVisible();
        assertReadable("the problem's history", page.locator("#history").innerText());
        org.assertj.core.api.Assertions.assertThat(page.locator("#history").innerText()).contains("提交整改方案");
    }

    @Test
    void theAuditLogIsInWordsAndIsExportedAsFound() throws Exception {
        signIn(AUDIT_ADMIN);
        page.navigate(url("/audit"));
        assertThat(page.locator("#audit-table tbody tr").first()).isVisible();
        assertReadable("the audit log", page.locator("main").innerText());
        page.selectOption("#action", "UPDATE");
        page.click("button[type=submit]:has-text('查询')");
        assertReadable("the audit log, updates", page.locator("main").innerText());
        org.assertj.core.api.Assertions.assertThat(page.locator("#audit-table tbody").innerText()).contains("修改");

        var download = page.waitForDownload(() -> page.click("#audit-export"));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
            var sheet = book.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("操作人");
            org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.assertj.core.api.Assertions.assertThat(sheet.getRow(r).getCell(4).getStringCellValue())
                        .as("only updates were asked for").endsWith("修改");
            }
        }
    }
}
