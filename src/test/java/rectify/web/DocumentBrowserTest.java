package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import rectify.intake.DocumentParserTestAccess;
import rectify.support.BrowserTest;

/**
 * Entering feedback from a document in the pages: read, correct the tree, save. A database of its own: the 400
 * problems it saves would fill the first pages of the other tests' ledgers.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rectify-intake-test;DB_CLOSE_DELAY=-1")
class DocumentBrowserTest extends BrowserTest {

    private String newInspection() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/new"));
        String title = "导入测试" + UUID.randomUUID().toString().substring(0, 6);
        page.fill("#title", title);
        page.selectOption("#targetUnitId", new SelectOption().setLabel("石龙区市场监督管理局"));
        page.click("#inspection-create");
        page.click("#open-import");
        return title;
    }

    @Test
    void theOfficeImportsAReportCorrectsItAndSavesIt() throws Exception {
        newInspection();
        page.fill("#import-text", DocumentParserTestAccess.seed());
        page.click("#import-preview");
        assertThat(page.locator("#import-summary")).containsText("识别出 4 个问题方面、11 个问题");
        assertThat(page.locator("#import-summary")).containsText("文件所述：4 个方面、11 个问题");
        assertThat(page.locator("#import-skipped")).containsText("三、下一步工作打算");
        page.locator("#import-problem-1 [data-action=problem-remove]").click();
        assertThat(page.locator("#import-summary")).containsText("10 个问题");
        assertThat(page.locator("#import-summary")).containsText("与当前 10 个不一致");
        page.fill("#reportDate", "2022-12-30");
        screenshot("import-edit");
        page.click("#import-save");
        assertThat(page.locator("#flash-success")).containsText("已导入 4 个问题方面、10 个问题");
        assertThat(page.locator("#feedback")).containsText("关于重要精神学习不全面的问题");
        assertThat(page.locator("#feedback")).not().containsText("学习制度落实不到位的问题");
        assertThat(page.locator("#inspection-counts")).containsText("10");
    }

    @Test
    void aFeedbackDocumentIsReshapedInThePageAndSavedWithItsDescriptions() {
        newInspection();
        page.setInputFiles("#import-file", Path.of("src/test/resources/intake-corpus/01-feedback-container.numbered.docx"));
        page.click("#import-preview");
        assertThat(page.locator("#import-summary")).containsText("识别出 3 个问题方面、8 个问题");
        Locator first = page.locator("#import-problem-1");
        assertThat(first.locator("[data-field=title]")).hasValue("理论学习不够深入");
        assertThat(first.locator("[data-field=description]")).hasValue("党组理论学习中心组2022年仅开展集中学习5次，学习内容以传达文件为主，研讨交流不充分。");
        assertThat(page.locator("#import-skipped")).containsText("以上问题，请区民政局党组认真研究");

        // split problem 2's title at its comma, then merge the piece back as a description
        Locator title2 = page.locator("#import-problem-2 [data-field=title]");
        title2.fill("落实民生保障政策有偏差抽查中发现的问题");
        title2.evaluate("e => { e.focus(); e.setSelectionRange(11, 11); e.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true})); }");
        page.locator("#import-problem-2 [data-action=problem-split]").click();
        assertThat(page.locator("#import-summary")).containsText("9 个问题");
        assertThat(page.locator("#import-problem-2 [data-field=title]")).hasValue("落实民生保障政策有偏差");
        assertThat(page.locator("#import-problem-3 [data-field=title]")).hasValue("抽查中发现的问题");
        page.locator("#import-problem-3 [data-action=problem-merge]").click();
        assertThat(page.locator("#import-summary")).containsText("8 个问题");
        assertThat(page.locator("#import-problem-2 [data-field=description]")).hasValue(
                "抽查发现，2名已死亡人员仍在领取城乡低保金，累计多发放2.6万元。\n抽查中发现的问题");

        // a problem becomes an aspect of its own (taking the problems after it), and back; then undo
        page.locator("#import-problem-8 [data-action=problem-to-aspect]").click();
        assertThat(page.locator("#import-summary")).containsText("识别出 4 个问题方面、7 个问题");
        page.locator("#import-undo").click();
        assertThat(page.locator("#import-summary")).containsText("识别出 3 个问题方面、8 个问题");

        // the closing instruction is taken in as a measure of the selected problem, a measure is added and moved
        page.locator("#import-problem-5 [data-field=title]").click();
        page.locator(".import-skipped-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("以上问题"))
                .locator("[data-action=take-measure]").click();
        assertThat(page.locator("#import-problem-5 [data-field=measure]")).hasCount(1);
        page.locator("#import-problem-5 [data-action=measure-add]").click();
        page.locator("#import-problem-5 [data-field=measure]").nth(1).fill("修订财务报销管理办法");
        page.locator("#import-problem-5 [data-action=measure-up]").nth(1).click();
        assertThat(page.locator("#import-problem-5 [data-field=measure]").first()).hasValue("修订财务报销管理办法");
        page.locator("#import-problem-5 [data-action=measure-remove]").nth(1).click();

        // a server refusal keeps the whole tree as it was left
        page.locator("#import-problem-6 [data-field=title]").fill("长".repeat(501));
        page.click("#import-save");
        assertThat(page.locator("#flash-error")).containsText("第 6 个问题的标题超过 500 字");
        assertThat(page.locator("#import-problem-5 [data-field=measure]").first()).hasValue("修订财务报销管理办法");
        assertThat(page.locator("#import-problem-2 [data-field=description]")).hasValue(
                java.util.regex.Pattern.compile("\\n抽查中发现的问题$"));
        screenshot("import-refused");

        page.locator("#import-problem-6 [data-field=title]").fill("政府采购制度执行不严格");
        page.click("#import-save");
        assertThat(page.locator("#flash-success")).containsText("已导入 3 个问题方面、8 个问题");
        assertThat(page.locator("#feedback")).containsText("落实民生保障政策有偏差");
    }

    @Test
    void aFileWithoutProblemsOrOfAKindWithoutTextGetsOneSentence() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections"));
        page.locator("#inspection-table tbody tr a").first().click();
        page.click("#open-import");
        page.fill("#import-text", "这是一段没有问题编号的文字。");
        page.click("#import-preview");
        assertThat(page.locator("#flash-error")).containsText("没有识别出问题");
        assertThat(page.locator("#import-text")).hasValue("这是一段没有问题编号的文字。");

        page.setInputFiles("#import-file", new com.microsoft.playwright.options.FilePayload("扫描件.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        page.click("#import-preview");
        assertThat(page.locator("#flash-error")).containsText("该文件为图片，没有可读的文字");
    }

    @Test
    void aFourHundredProblemReportIsCorrectedAndSavedAsOneTree() {
        newInspection();
        StringBuilder text = new StringBuilder("区委第一巡察组反馈意见整改落实情况的报告\n");
        int n = 0;
        for (int a = 1; a <= 10; a++) {
            text.append(rectify.inspection.ChineseNumbers.of(a)).append("、第").append(a).append("个方面的问题\n");
            for (int p = 0; p < 40; p++) {
                n++;
                text.append(n).append(".关于第").append(n).append("项制度执行不严格的问题。（已整改到位）\n")
                        .append("整改情况：一是修订第").append(n).append("项制度；二是开展专项检查。\n");
            }
        }
        page.locator("#import-text").fill(text.toString());
        page.click("#import-preview");
        assertThat(page.locator("#import-summary")).containsText("识别出 10 个问题方面、400 个问题");
        assertThat(page.locator("#import-problem-400 [data-field=measure]")).hasCount(2);
        page.locator("#import-problem-400 [data-action=problem-remove]").click();
        assertThat(page.locator("#import-summary")).containsText("399 个问题");
        // 399 problems, 798 measures and their history are written in one transaction: more than the usual wait
        page.click("#import-save", new com.microsoft.playwright.Page.ClickOptions().setTimeout(120_000));
        assertThat(page.locator("#flash-success")).containsText("已导入 10 个问题方面、399 个问题",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(page.locator("#inspection-counts")).containsText("399");
    }
}
