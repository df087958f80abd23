package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.UUID;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import rectify.intake.DocumentParserTestAccess;
import rectify.support.BrowserTest;

/** Entering feedback from a document in the pages: read, correct, save. */
class DocumentBrowserTest extends BrowserTest {

    @Test
    void theOfficeImportsAReportCorrectsItAndSavesIt() throws Exception {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/new"));
        String title = "导入测试" + UUID.randomUUID().toString().substring(0, 6);
        page.fill("#title", title);
        page.selectOption("#targetUnitId", new SelectOption().setLabel("石龙区市场监督管理局"));
        page.click("#inspection-create");
        page.click("#open-import");
        page.fill("#import-text", DocumentParserTestAccess.seed());
        page.click("#import-preview");
        assertThat(page.locator("#import-summary")).containsText("4 个问题方面、11 个问题");
        page.locator("#import-category-1 input[type=checkbox]").first().uncheck();
        page.fill("#reportDate", "2022-12-30");
        screenshot("import-preview");
        page.click("#import-save");
        assertThat(page.locator("#flash-success")).containsText("已导入 4 个问题方面、10 个问题");
        assertThat(page.locator("#feedback")).containsText("关于重要精神学习不全面的问题");
        assertThat(page.locator("#feedback")).not().containsText("学习制度落实不到位的问题");
        assertThat(page.locator("#inspection-counts")).containsText("10");
    }

    @Test
    void aFileWithoutProblemsGetsOneSentence() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections"));
        page.locator("#inspection-table tbody tr a").first().click();
        page.click("#open-import");
        page.fill("#import-text", "这是一段没有问题编号的文字。");
        page.click("#import-preview");
        assertThat(page.locator("#flash-error")).containsText("没有识别出问题");
        assertThat(page.locator("#import-text")).hasValue("这是一段没有问题编号的文字。");
    }
}
