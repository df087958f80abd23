package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.FileInputStream;
import java.io.IOException;

import com.microsoft.playwright.Download;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;

/** The coordinator writes the report's narrative, marks a part internal, and downloads both versions. */
class ReportBrowserTest extends BrowserTest {

    @Test
    void theCoordinatorEditsTheReportAndDownloadsTheInternalAndPublicVersions() throws IOException {
        openTheScienceAssociationsReport();
        assertThat(page.locator("#report-opening")).containsText("整改完成率100%");
        assertThat(page.locator("#report-section-0 input[name=heading]")).hasValue("强化整改主体责任");
        page.check("#internal-1");
        page.fill("#report-recipient", "区委巡察办");
        page.click("#report-save");
        assertThat(page.locator("#flash-success")).containsText("报告已保存");
        screenshot("report-page");

        Download internal = page.waitForDownload(() -> page.click("#download-internal"));
        assertThat(internal.suggestedFilename()).endsWith(".docx");
        Download published = page.waitForDownload(() -> page.click("#download-public"));
        assertThat(published.suggestedFilename()).contains("公开版");
        assertThat(text(internal)).contains("三、下一步工作打算", "区委巡察办：");
        assertThat(text(published)).doesNotContain("下一步工作打算").contains("二、巡察反馈意见整改落实情况");

        page.uncheck("#internal-1");
        page.click("#report-save");
        assertThat(page.locator("#flash-success")).isVisible();

        // a name in free text is listed and masked in the public version, unless the coordinator says it is none
        String body = page.locator("#report-section-0 textarea[name=body]").inputValue();
        page.locator("#report-section-0 textarea[name=body]").fill(body + "\n王大明主任多次过问整改工作。");
        page.click("#report-save");
        assertThat(page.locator("#report-masking")).containsText("王大明");
        assertThat(page.locator("#report-masking input[value=王大明][name=maskName]")).isChecked();
        assertThat(text(page.waitForDownload(() -> page.click("#download-public")))).contains("××主任多次过问")
                .doesNotContain("王大明");
        page.locator("#report-masking input[value=王大明][name=maskName]").uncheck();
        page.click("#report-save");
        assertThat(page.locator("#report-masking input[value=王大明][name=maskName]")).not().isChecked();
        assertThat(text(page.waitForDownload(() -> page.click("#download-public")))).contains("王大明主任多次过问");
        screenshot("report-masking");
        String second = page.locator("label[for=withheld-2]").textContent().replaceFirst("^2\\. ", "");
        page.check("#withheld-2");
        page.click("#report-save");
        assertThat(page.locator("#withheld-2")).isChecked();
        assertThat(text(page.waitForDownload(() -> page.click("#download-public")))).doesNotContain(second)
                .contains("其中1个问题按有关规定不予公开");
        assertThat(text(page.waitForDownload(() -> page.click("#download-internal")))).contains(second);
        page.uncheck("#withheld-2");
        page.locator("#report-section-0 textarea[name=body]").fill(body);
        page.click("#report-save");
        assertThat(page.locator("#flash-success")).isVisible();
    }

    private void openTheScienceAssociationsReport() {
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/inspections"));
        page.locator("#inspection-table a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("区委第二巡察组对区科协党组常规巡察")).click();
        page.click("#open-report");
    }

    private static String text(Download download) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new FileInputStream(download.path().toFile()))) {
            return String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }

    @Test
    void aDraftOfOneSectionComesBackToThatSectionAlone() {
        openTheScienceAssociationsReport();
        String first = page.locator("#report-section-0 textarea[name=body]").inputValue();
        // the sections' fields share their names; what is typed into the second comes back to the second alone
        page.locator("#report-section-1 textarea[name=body]").fill("第二部分尚未保存的修改。");
        page.waitForTimeout(800);
        page.reload();
        assertThat(page.locator(".draft-note")).isVisible();
        assertThat(page.locator("#report-section-1 textarea[name=body]")).hasValue("第二部分尚未保存的修改。");
        assertThat(page.locator("#report-section-0 textarea[name=body]")).hasValue(first);
        assertThat(page.locator("#report-section-2 textarea[name=body]")).hasValue("");
    }

    @Test
    void aRefusedReportComesBackWithItsBoxesAsTheyWereLeft() {
        openTheScienceAssociationsReport();
        assertThat(page.locator("#report-opening-composed")).isChecked();
        // an unticked box is not sent at all; the page that comes back must not tick it again from what is stored
        page.uncheck("#report-opening-composed");
        page.locator("#report-opening").fill("根据区委统一部署，现将整改情况报告如下。");
        page.locator("#report-section-0 input[name=heading]").fill("");
        page.click("#report-save");
        assertThat(page.locator("#flash-error")).isVisible();
        assertThat(page.locator("#report-section-0 input[name=heading]")).hasValue("");
        assertThat(page.locator("#report-opening")).hasValue("根据区委统一部署，现将整改情况报告如下。");
        assertThat(page.locator("#report-opening-composed")).not().isChecked();
    }
}
