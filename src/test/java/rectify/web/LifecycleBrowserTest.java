package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rectify.support.ApiClient;
import rectify.support.BrowserTest;
import rectify.support.TestData;
import rectify.support.TestFiles;

/** The main path of the lifecycle in the pages: plan submitted and approved, closure reviewed level by level, reopened. */
class LifecycleBrowserTest extends BrowserTest {

    /** A science-association problem with a complete plan, prepared through the API. */
    private long[] preparedProblem() {
        return preparedProblem(true);
    }

    /** Complete, or without its leader and department (the rest of the plan there). */
    private long[] preparedProblem(boolean complete) {
        ApiClient api = ApiClient.anonymous(port);
        ApiClient office = api.signIn(INSPECTION_OFFICE, PASSWORD);
        ApiClient coordinator = api.signIn(KEXIE_COORDINATOR, PASSWORD);
        long chen = api.signIn(KEXIE_RESPONSIBLE, PASSWORD).get("/api/v1/me").json().get("id").asLong();
        long wang = api.signIn(KEXIE_LEADER, PASSWORD).get("/api/v1/me").json().get("id").asLong();
        TestData data = new TestData(office);
        TestData.Feedback feedback = data.feedbackOf("石龙区科学技术协会", java.util.Map.of("kind", "MOBILE"));
        java.util.Map<String, Object> fields = new java.util.HashMap<>(java.util.Map.of("title", "关于公车使用登记不全的问题",
                "deadline", "2027-03-31", "responsibleUserIds", java.util.List.of(chen)));
        if (complete) {
            fields.put("responsibleLeaderId", wang);
            fields.put("responsibleUnitIds", java.util.List.of(data.unit("区科协科普部")));
        }
        long problem = data.problem(feedback, fields);
        long measure = coordinator.post("/api/v1/problems/" + problem + "/measures", """
                {"text":"完善公车使用登记制度","responsibleUserId":%d}""".formatted(chen)).json().get("id").asLong();
        return new long[] {problem, measure};
    }

    @Test
    void aProblemGoesFromPlanToClosureAndIsReopened() {
        long[] prepared = preparedProblem(false);
        String problemUrl = url("/problems/" + prepared[0]);

        signIn(KEXIE_COORDINATOR);
        page.navigate(problemUrl);
        assertThat(page.locator("#action-APPROVE_PLAN")).hasCount(0);
        // the checklist says what the plan still lacks, and the submission is refused naming it
        assertThat(page.locator("#plan-check-deadline")).hasClass(java.util.regex.Pattern.compile("check-done"));
        assertThat(page.locator("#plan-check-leader")).hasClass(java.util.regex.Pattern.compile("check-missing"));
        assertThat(page.locator("#plan-check-units")).hasClass(java.util.regex.Pattern.compile("check-missing"));
        page.click("#action-SUBMIT_PLAN");
        assertThat(page.locator("#flash-error")).containsText("责任领导、责任部门");
        screenshot("plan-checklist");
        page.click("#problem-edit-toggle");
        page.waitForSelector("#problem-edit.collapse.show");
        page.selectOption("#responsibleLeaderId", new com.microsoft.playwright.options.SelectOption().setLabel("王志强"));
        page.selectOption("#responsibleUnitIds", new com.microsoft.playwright.options.SelectOption().setLabel("科普部"));
        assertThat(page.locator("#responsibleUnitIds")).hasValues(new java.util.regex.Pattern[] {
                java.util.regex.Pattern.compile("\\d+")});
        page.click("#problem-save");
        assertThat(page.locator("#flash-success")).containsText("已保存");
        assertThat(page.locator("#plan-check-units")).hasClass(java.util.regex.Pattern.compile("check-done"));
        page.click("#action-SUBMIT_PLAN");
        assertThat(page.locator("#flash-success")).containsText("已提交整改方案");
        assertThat(page.locator("#problem-badges")).containsText("方案审核中");
        signOut();

        signIn(INSPECTION_OFFICE);
        page.click("#menu-reviews");
        assertThat(page.locator("#review-items")).containsText("关于公车使用登记不全的问题");
        page.locator("#review-PLAN-" + prepared[0] + " input[type=checkbox]").check();
        page.click("#batch-approve");
        assertThat(page.locator("#batch-outcomes")).containsText("已通过");
        screenshot("reviews-batch");
        signOut();

        signIn(KEXIE_RESPONSIBLE);
        page.navigate(problemUrl);
        assertThat(page.locator("#action-REQUEST_CLOSURE")).hasCount(0);
        page.click("#done-1");
        page.click("#report-1");
        page.fill("#progress-text", "公车登记制度已印发执行");
        page.setInputFiles("#progress-files", new com.microsoft.playwright.options.FilePayload("登记表.png",
                "image/png", TestFiles.png()));
        page.click("#progress-submit");
        assertThat(page.locator("#progress-timeline")).containsText("公车登记制度已印发执行");
        signOut();

        signIn(KEXIE_COORDINATOR);
        page.navigate(problemUrl);
        page.click("#closure-request summary");
        page.fill("#closure-summary", "一是印发了公车使用登记制度；二是补齐了全年登记。");
        page.click("#action-REQUEST_CLOSURE");
        assertThat(page.locator("#pending-closure")).containsText("第 1 级（单位领导）");
        screenshot("closure-requested");
        signOut();

        signIn(KEXIE_LEADER);
        page.click("#menu-reviews");
        page.locator("#review-CLOSURE-" + prepared[0] + " a").click();
        page.click("#action-REJECT");
        assertThat(page.locator("#flash-error")).containsText("须填写意见");
        page.fill("#decision-comment", "同意，报巡察办");
        page.click("#action-APPROVE");
        assertThat(page.locator("#pending-closure")).containsText("第 2 级（巡察办）");
        assertThat(page.locator("#action-APPROVE")).hasCount(0);
        signOut();

        signIn(INSPECTION_OFFICE);
        page.navigate(problemUrl);
        page.fill("#decision-comment", "经核查已整改到位");
        page.click("#action-APPROVE");
        assertThat(page.locator("#problem-badges")).containsText("已整改到位");
        assertThat(page.locator("#measure-form")).hasCount(0);
        page.fill("#reopen-reason", "回头看发现登记又有缺漏");
        page.click("#action-REOPEN");
        assertThat(page.locator("#problem-badges")).containsText("第 2 轮整改");
        assertThat(page.locator("#closure-requests")).containsText("第 1 轮整改");
        assertThat(page.locator("#transition-table")).containsText("重新整改");
        screenshot("lifecycle-reopened");
    }

    @Test
    void theCoordinatorSubmitsEveryPlanOfAnInspectionAtOnce() {
        long[] prepared = preparedProblem();
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/problems/" + prepared[0]));
        page.locator("ol.breadcrumb li:nth-child(2) a").click();
        page.onDialog(dialog -> dialog.accept());
        page.click("#submit-all");
        assertThat(page.locator("#submit-outcomes")).containsText("关于公车使用登记不全的问题");
        assertThat(page.locator("#submit-outcomes")).containsText("已提交");
        assertThat(page.locator("#feedback")).containsText("方案审核中");
        screenshot("inspection-submit-all");
    }

    @Test
    void anExtensionIsRequestedAndDecidedInThePages() {
        long[] prepared = preparedProblem();
        ApiClient api = ApiClient.anonymous(port);
        api.signIn(KEXIE_COORDINATOR, PASSWORD).post("/api/v1/problems/" + prepared[0] + "/transitions",
                "{\"action\":\"SUBMIT_PLAN\"}");
        api.signIn(INSPECTION_OFFICE, PASSWORD).post("/api/v1/problems/" + prepared[0] + "/transitions",
                "{\"action\":\"APPROVE_PLAN\"}");

        signIn(KEXIE_RESPONSIBLE);
        page.navigate(url("/problems/" + prepared[0]));
        page.click("#extension-request summary");
        page.fill("#extension-date", "2027-06-30");
        page.fill("#extension-reason", "需等待上级批复");
        page.click("#extension-submit");
        assertThat(page.locator("#pending-extension")).containsText("2027-06-30");
        assertThat(page.locator("#extension-request")).hasCount(0);
        signOut();

        signIn(INSPECTION_OFFICE);
        page.click("#menu-reviews");
        page.locator("#review-EXTENSION-" + prepared[0] + " a").click();
        page.click("#extension-approve");
        assertThat(page.locator("#flash-success")).containsText("已同意延期");
        assertThat(page.locator("#problem-deadline")).hasText("2027-06-30");
        assertThat(page.locator("#extension-history")).containsText("已同意");
        screenshot("extension-approved");
    }

    @Test
    void theClosureFormPrintsOnAnA4PortraitSheetAndOnlyForThoseInScope() throws Exception {
        signIn(EDUCATION_COORDINATOR);
        page.navigate(url("/ledger?status=CLOSED&size=100"));
        page.locator("#ledger-table tbody tr a").first().click();
        String problemUrl = page.url();
        page.click("#problem-closure-form-print");
        assertThat(page.locator("h1")).hasText("问题整改销号审批表");
        assertThat(page.locator("#closure-form")).containsText("整改措施");
        assertThat(page.locator("#closure-form")).containsText("销号日期");
        screenshot("closure-form-page");
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".toolbar")).isHidden();
        byte[] pdf = page.pdf(new com.microsoft.playwright.Page.PdfOptions().setPreferCSSPageSize(true));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = document.getPage(0).getMediaBox();
            org.assertj.core.api.Assertions.assertThat(box.getHeight()).as("A4 portrait").isCloseTo(842f,
                    org.assertj.core.data.Offset.offset(2f));
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("问题整改销号审批表", "具体表现").doesNotContain("下载 Word");
        }
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.SCREEN));
        page.click("#closure-form-back");
        signOut();
        signIn(KEXIE_COORDINATOR);
        var other = page.navigate(problemUrl.replaceFirst("$", "/closure-form"));
        org.assertj.core.api.Assertions.assertThat(other.status()).isEqualTo(404);
        assertThat(page.locator("#closure-form")).hasCount(0);
    }

    @Test
    void aDuplicateProblemIsVoidedFromItsPageAndTheInspectionKeepsIt() {
        long[] prepared = preparedProblem();
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/problems/" + prepared[0]));
        page.click("#problem-edit-toggle");
        page.waitForSelector("#problem-edit.collapse.show");
        page.click("#problem-void-toggle");
        assertThat(page.locator("#problem-void")).hasAttribute("open", "");
        page.fill("#problem-void-reason", "与第2个问题重复录入");
        page.onDialog(dialog -> dialog.accept());
        page.click("#problem-void-submit");
        assertThat(page.locator("#flash-success")).containsText("已作废该问题");
        assertThat(page.locator("#voided-problems")).containsText("关于公车使用登记不全的问题");
        assertThat(page.locator("#voided-problems")).containsText("与第2个问题重复录入");
        assertThat(page.locator("#voided-problems")).containsText("刘建国");
        screenshot("problem-voided");
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/problems/" + prepared[0])).status()).isEqualTo(404);
    }
}
