package rectify.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import rectify.support.BrowserTest;
import rectify.support.TestFiles;

/** The ledger in the pages: registering feedback, building a plan, filing progress from a phone, scope. */
class LedgerBrowserTest extends BrowserTest {

    @Test
    void theOfficeRegistersFeedbackAndTheCoordinatorBuildsThePlan() {
        String title = "专项巡察" + UUID.randomUUID().toString().substring(0, 6);
        signIn(INSPECTION_OFFICE);
        page.click("#menu-inspections");
        page.click("#inspection-new");
        page.fill("#title", title);
        page.selectOption("#targetUnitId", new SelectOption().setLabel("石龙区科学技术协会"));
        page.fill("#groupName", "区委第一巡察组");
        page.selectOption("#kind", "SPECIAL");
        page.fill("#feedbackDate", "2026-10-10");
        page.fill("#dueDate", "2026-12-10");
        page.click("#inspection-create");
        assertThat(page.locator("#flash-success")).containsText("已登记巡察");
        page.fill("#category-title", "选人用人工作不够规范");
        page.click("#category-create");
        page.fill("#problem-title", "关于干部选拔任用程序不严格的问题");
        page.fill("#problem-description", "个别岗位任前公示时间不足5个工作日。");
        page.click("#problem-create");
        assertThat(page.locator("#flash-success")).containsText("编号 1");
        String problemUrl = page.url();
        screenshot("problem-new");
        signOut();

        signIn(KEXIE_COORDINATOR);
        page.navigate(problemUrl);
        page.click("#problem-edit-toggle");
        page.waitForSelector("#problem-edit.collapse.show");
        page.selectOption("#responsibleLeaderId", new SelectOption().setLabel("王志强"));
        page.selectOption("#responsibleUnitIds", new SelectOption().setLabel("　办公室"));
        page.selectOption("#responsibleUserIds", new SelectOption().setLabel("李敏"));
        page.fill("#deadline", "2027-01-31");
        page.fill("#deadlineReason", "须待年度干部选拔任用工作检查后验收");
        page.click("#problem-save");
        page.waitForSelector("#flash-success, #flash-error, .invalid-feedback");
        org.assertj.core.api.Assertions.assertThat(page.locator("#flash-error, .invalid-feedback").allTextContents())
                .as("the save was refused").isEmpty();
        assertThat(page.locator("#flash-success")).isVisible();
        assertThat(page.locator("#problem-responsibility")).containsText("王志强");
        assertThat(page.locator("#problem-deadline")).hasText("2027-01-31");
        for (String text : new String[] {"修订干部选拔任用工作规程", "对近两年任前公示逐一复核"}) {
            page.fill("#measure-text", text);
            page.selectOption("#measure-person", new SelectOption().setLabel("陈晓"));
            page.click("#measure-create");
        }
        assertThat(page.locator("#measure-1")).containsText("修订干部选拔任用工作规程");
        page.click("#up-2");
        assertThat(page.locator("#measure-1")).containsText("对近两年任前公示逐一复核");
        assertThat(page.locator("#measure-1 .measure-seq")).hasText("一是");
        assertThat(page.locator("#history-table")).containsText("措施顺序");
        // the history reads as words: names, labels and before → after, never codes, ids or JSON
        String history = page.locator("#history-table").innerText();
        org.assertj.core.api.Assertions.assertThat(history).contains("责任领导", "王志强", "完成时限", "2027-01-31")
                .doesNotContainPattern("[A-Z]{2,}_[A-Z]+").doesNotContain("{\"").doesNotContain("Id").doesNotContain("kx.li");
        screenshot("problem-plan");
    }

    @Test
    void aResponsiblePersonFilesProgressWithAPhotoFromAPhone() throws Exception {
        BrowserContext phone = newContext(390, 844);
        Page small = phone.newPage();
        signIn(small, "jt.qian", PASSWORD);
        small.navigate(url("/my-tasks"));
        assertThat(small.locator("#task-list .task-card").first()).isVisible();
        screenshot(small, "phone-my-tasks");
        small.locator("#task-list .task-card a.btn-primary").first().click();
        assertThat(small.locator("#progress-form")).isVisible();
        Path photo = Files.createTempFile("现场", ".png");
        Files.write(photo, TestFiles.png());
        small.fill("#progress-text", "已完成对12所学校的现场检查，整改清单已下发。");
        small.setInputFiles("#progress-files", photo);
        screenshot(small, "phone-progress-form");
        small.click("#progress-submit");
        assertThat(small.locator("#flash-success")).containsText("进展已提交");
        assertThat(small.locator("#progress-timeline")).containsText("已完成对12所学校的现场检查");
        assertThat(small.locator("#progress-timeline .evidence-thumb img").first()).isVisible();
        screenshot(small, "phone-progress-filed");
        // the wrong photo: voided with a reason, gone from the progress, kept in the history
        int photos = small.locator("#progress-timeline .evidence-thumb").count();
        small.locator("#progress-timeline .evidence-void summary").first().click();
        small.locator("#progress-timeline .evidence-void input[name=reason]").first().fill("拍错了现场");
        small.locator("#progress-timeline .evidence-void button").first().click();
        assertThat(small.locator("#flash-success")).containsText("已作废");
        assertThat(small.locator("#progress-timeline .evidence-thumb")).hasCount(photos - 1);
        assertThat(small.locator("#history-table")).containsText("拍错了现场");
        phone.close();
    }

    @Test
    void aWrongFileIsRefusedWithOneSentenceAndTheTextIsKept() throws Exception {
        signIn("jt.qian");
        page.navigate(url("/my-tasks"));
        page.locator("#task-list .task-card a.btn-primary").first().click();
        Path fake = Files.createTempFile("扫描件", ".pdf");
        Files.writeString(fake, "this is not a pdf");
        page.fill("#progress-text", "检查记录见附件");
        page.setInputFiles("#progress-files", fake);
        page.click("#progress-submit");
        assertThat(page.locator("#flash-error")).containsText("内容与扩展名不符");
        assertThat(page.locator("#progress-text")).hasValue("检查记录见附件");
        screenshot("progress-refused");
        // a kind the field does not take is said in the browser, before anything is sent
        Path program = Files.createTempFile("说明", ".exe");
        Files.writeString(program, "MZ");
        page.setInputFiles("#progress-files", program);
        assertThat(page.locator(".file-problem")).containsText("类型不能上传");
        org.assertj.core.api.Assertions.assertThat((String) page.evaluate(
                "document.getElementById('progress-files').files.length + ''")).isEqualTo("0");
    }

    @Test
    void theFiltersListTheUnitsAndPeopleWithinTheReadersScope() {
        // a district's few units and people are listed (the province's hundreds are typed: LedgerTypedFiltersBrowserTest)
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?reset=true"));
        assertThat(option("f-person", "陈晓")).hasCount(1);
        assertThat(option("f-person", "赵磊")).hasCount(1);
        assertThat(option("f-unit", "区教体局")).hasCount(1);
        signOut();
        signIn(KEXIE_COORDINATOR);
        page.navigate(url("/ledger?reset=true"));
        assertThat(option("f-person", "陈晓")).hasCount(1);
        assertThat(option("f-person", "赵磊")).hasCount(0);
        assertThat(option("f-unit", "区教体局")).hasCount(0);
        assertThat(page.locator("#current-user-unit")).hasText("区科协办公室");
    }

    /** The options of a listed filter that show these words. */
    private com.microsoft.playwright.Locator option(String filter, String words) {
        return page.locator("select#" + filter + " option", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(words));
    }

    @Test
    void theInspectionOfficeSeesEveryUnitsLedgerWithWarnings() {
        signIn(INSPECTION_OFFICE);
        // the workbench says what waits, and its overdue count opens exactly those problems
        assertThat(page.locator("#workbench")).isVisible();
        String overdue = page.locator("#waiting-overdue .workbench-count").innerText();
        page.click("#waiting-overdue");
        assertThat(page.locator("#ledger-table tbody tr:not(.warn-row-OVERDUE)")).hasCount(0);
        assertThat(page.locator("#ledger-table tbody tr").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(overdue)).isPositive();
        // the ledger would now come back with that filter; start this walk from no filters
        page.navigate(url("/ledger?reset=true"));
        page.click("#menu-ledger");
        page.selectOption("#f-size", "100");
        page.click("#ledger-search");
        assertThat(page.locator("#ledger-table")).containsText("学习制度落实不到位的问题");
        assertThat(page.locator("#ledger-table")).containsText("关于校园安全隐患排查整治不彻底的问题");
        page.selectOption("#f-warning", "OVERDUE");
        page.click("#ledger-search");
        assertThat(page.locator("#ledger-table tbody tr.warn-row-OVERDUE").first()).isVisible();
        assertThat(page.locator("#ledger-table tbody tr:not(.warn-row-OVERDUE)")).hasCount(0);
        // each open row: the office may pick it for a supervision order; its badge says how late; it names its unit
        var firstOverdue = page.locator("#ledger-table tbody tr").first();
        assertThat(firstOverdue.locator("input[name=problemIds]")).hasCount(1);
        assertThat(firstOverdue.locator(".warning-badge.warning-OVERDUE")).hasText("逾期");
        assertThat(firstOverdue.locator(".category-line")).containsText(" · ");
        int shown = page.locator("#ledger-table tbody tr").count();
        com.microsoft.playwright.Download export = page.waitForDownload(() -> page.click("#ledger-export"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(export.createReadStream())) {
            var sheet = workbook.getSheetAt(0);
            int problems = 0;
            int warningColumn = -1;
            for (var cell : sheet.getRow(1)) {
                warningColumn = "预警".equals(cell.getStringCellValue()) ? cell.getColumnIndex() : warningColumn;
            }
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    problems++;
                    assertThat(sheet.getRow(r).getCell(warningColumn).getStringCellValue()).isEqualTo("逾期");
                }
            }
            assertThat(problems).as("the export holds what the filtered page shows").isEqualTo(shown);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.navigate(url("/ledger?sort=WARNING&size=20"));
        screenshot("ledger-office");
        page.click("#chip-CLOSED");
        assertThat(page.locator("#ledger-table tbody tr").first()).containsText("已整改到位");
        assertThat(page.locator("#ledger-table tbody .status-badge.status-CLOSED").first()).hasText("已整改到位");
        // a closed problem is supervised no more, and warns of nothing
        assertThat(page.locator("#ledger-table tbody input[name=problemIds]")).hasCount(0);
        assertThat(page.locator("#ledger-table tbody .warning-badge")).hasCount(0);
        page.click("#sort-DEADLINE");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("sort=DEADLINE"));
    }

    @Test
    void anotherUnitSeesNoneOfTheScienceAssociation() {
        signIn(EDUCATION_COORDINATOR);
        page.click("#menu-ledger");
        assertThat(page.locator("#ledger-table")).containsText("关于校园安全隐患排查整治不彻底的问题");
        assertThat(page.locator("#ledger-table")).not().containsText("学习制度落实不到位的问题");
        assertThat(page.locator("#ledger-table input[name=problemIds]")).hasCount(0);
        page.click("#menu-inspections");
        assertThat(page.locator("#inspection-table")).not().containsText("区科协");
        signOut();

        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?q=" + java.net.URLEncoder.encode("学习制度落实不到位", java.nio.charset.StandardCharsets.UTF_8)));
        String kexieProblem = page.locator("#ledger-table tbody tr a").first().getAttribute("href");
        page.navigate(url("/ledger?q=" + java.net.URLEncoder.encode("校园安全", java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#ledger-table tbody tr a").first().click();
        String attachment = page.locator("#progress-timeline a[href*='/attachments/']").first().getAttribute("href");
        signOut();

        signIn(KEXIE_COORDINATOR);
        page.navigate(url(kexieProblem));
        assertThat(page.locator("#page-title")).containsText("学习制度落实不到位的问题");
        var denied = page.navigate(url(attachment));
        assertThat(denied.status()).isEqualTo(404);
        assertThat(page.locator("#error-title")).hasText("页面不存在");
        page.click("text=返回工作台");
        signOut();

        signIn(EDUCATION_COORDINATOR);
        var response = page.navigate(url(kexieProblem));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#error-title")).hasText("页面不存在");
    }

    @Test
    void aStaleMeasureEditIsRefusedInThePage() {
        signIn(EDUCATION_COORDINATOR);
        page.navigate(url("/ledger?q=" + java.net.URLEncoder.encode("校外培训机构", java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#ledger-table tbody tr a").first().click();
        String problemUrl = page.url();
        BrowserContext other = newContext(1366, 860);
        Page second = other.newPage();
        signIn(second, EDUCATION_COORDINATOR, PASSWORD);
        second.navigate(problemUrl);

        page.locator("#measure-2 button[data-bs-toggle=collapse]").click();
        page.waitForSelector("#measure-2 .collapse.show");
        page.locator("#measure-2 textarea[name=text]").fill("建立校外培训机构“白名单”并每季度向社会公布");
        page.locator("#measure-2 form .btn-primary").click();
        assertThat(page.locator("#flash-success")).containsText("已保存措施");

        second.locator("#measure-2 button[data-bs-toggle=collapse]").click();
        second.waitForSelector("#measure-2 .collapse.show");
        second.locator("#measure-2 textarea[name=text]").fill("另一个人的修改");
        second.locator("#measure-2 form .btn-primary").click();
        assertThat(second.locator("#flash-error")).containsText("已被他人修改");
        assertThat(second.locator("#measure-2")).containsText("每季度向社会公布");
        screenshot(second, "measure-stale");
        other.close();
    }

    @Test
    void theLedgerPrintsWithoutTheMenuAndWithEveryColumn() throws Exception {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?size=20&sort=WARNING"));
        assertThat(page.locator("#ledger-print")).isVisible();
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("#app-menu")).isHidden();
        assertThat(page.locator("#ledger-filter")).isHidden();
        assertThat(page.locator("#ledger-print")).isHidden();
        assertThat(page.locator("#ledger-table")).isVisible();
        byte[] pdf = page.pdf(new com.microsoft.playwright.Page.PdfOptions().setPreferCSSPageSize(true));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = document.getPage(0).getMediaBox();
            org.assertj.core.api.Assertions.assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            org.assertj.core.api.Assertions.assertThat(text).contains("完成时限", "最近进展", "整改状态", "预警")
                    .doesNotContain("统计看板").doesNotContain("查询");
        }
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.SCREEN));
    }

    /** The pages bind the same checked records as the API, so a form is refused in the same words as a call. */
    @Test
    void pageFormsAreCheckedByTheSameRulesAsTheApi() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/new"));
        page.fill("#title", "表单规则测试" + UUID.randomUUID().toString().substring(0, 6));
        page.selectOption("#targetUnitId", new SelectOption().setLabel("石龙区科学技术协会"));
        page.evaluate("document.getElementById('feedbackDate').type = 'text'");
        page.fill("#feedbackDate", "2026年11月1日");
        page.uncheck("#planReviewRequired");
        page.click("#inspection-create");
        assertThat(page.locator("#flash-error")).containsText("反馈日期");
        assertThat(page.locator("#flash-error")).containsText("2022-09-29");
        assertThat(page.locator("#feedbackDate")).hasAttribute("aria-invalid", "true");
        page.evaluate("document.getElementById('feedbackDate').type = 'date'");
        page.fill("#feedbackDate", "2026-11-01");
        page.uncheck("#planReviewRequired");
        page.click("#inspection-create");
        assertThat(page.locator("#flash-success")).containsText("已登记巡察");
        // an unticked box is a "no", not a missing answer
        assertThat(page.locator("main")).containsText("整改方案无须审核");

        page.fill("#category-title", "制度执行不够严格");
        page.click("#category-create");
        page.evaluate("document.getElementById('problem-title').removeAttribute('required')");
        page.fill("#problem-description", "留下的具体表现");
        page.click("#problem-create");
        assertThat(page.locator("#flash-error")).hasText("请填写问题。");
        assertThat(page.locator("#problem-title")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#problem-description")).hasValue("留下的具体表现");
    }

    @Test
    void aRefusedFormComesBackWithEverythingTyped() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/new"));
        page.fill("#title", "专项巡察保留输入测试");
        page.selectOption("#targetUnitId", new SelectOption().setLabel("石龙区科学技术协会"));
        page.fill("#groupName", "区委第四巡察组");
        page.fill("#onsiteFrom", "2026-10-10");
        page.fill("#onsiteTo", "2026-10-01");
        page.fill("#feedbackDate", "2026-11-01");
        page.click("#inspection-create");
        assertThat(page.locator("#flash-error")).isVisible();
        assertThat(page.locator("#field-problem-onsiteTo")).containsText("进驻结束日期");
        assertThat(page.locator("#onsiteTo")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#title")).hasValue("专项巡察保留输入测试");
        assertThat(page.locator("#groupName")).hasValue("区委第四巡察组");
        assertThat(page.locator("#onsiteFrom")).hasValue("2026-10-10");
        assertThat(page.locator("#onsiteTo")).hasValue("2026-10-01");
        assertThat(page.locator("#feedbackDate")).hasValue("2026-11-01");
        org.assertj.core.api.Assertions.assertThat(page.locator("#targetUnitId option:checked").innerText())
                .contains("石龙区科学技术协会");
        screenshot("form-kept");
        // corrected, it goes through
        page.fill("#onsiteTo", "2026-10-20");
        page.click("#inspection-create");
        assertThat(page.locator("#flash-success")).containsText("已登记巡察");
    }

    @Test
    void aTextTooLongForItsFieldIsNamedBesideItAndKept() {
        // a problem of its own, so nothing another test did to the demo's problems matters here
        var data = new rectify.support.TestData(rectify.support.ApiClient.anonymous(port).signIn(INSPECTION_OFFICE, PASSWORD));
        long problem = data.problem(data.feedbackOf("石龙区科学技术协会"),
                java.util.Map.of("title", "关于备注过长的问题", "note", "原有备注"));
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/problems/" + problem));
        page.click("#problem-edit-toggle");
        page.waitForSelector("#problem-edit.collapse.show");
        assertThat(page.locator("#problem-save")).isVisible();
        String before = page.locator("#note").inputValue();
        // pasted past the counter (a script, as a paste would bypass nothing the server does not check again)
        page.locator("#note").evaluate("e => e.value = '注'.repeat(2001)");
        page.click("#problem-save");
        page.waitForLoadState();
        assertThat(page.locator("#flash-error")).containsText("备注");
        assertThat(page.locator("#field-problem-note")).containsText("最多2000个字符，现有2001个");
        assertThat(page.locator("#note")).hasAttribute("aria-invalid", "true");
        org.assertj.core.api.Assertions.assertThat(page.locator("#note").inputValue()).hasSize(2001);
        screenshot("too-long-beside-field");
        page.reload();
        assertThat(page.locator("#note")).hasValue(before);
    }

    @Test
    void theLedgerFitsALaptopScreenAndBecomesCardsOnAPhone() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?reset=true"));
        page.navigate(url("/ledger"));
        Object overflow = page.evaluate("() => { const t = document.getElementById('ledger-table');"
                + " return t.parentElement.scrollWidth - t.parentElement.clientWidth; }");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as("the ledger is wider than a 1366 px screen by").isLessThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(page.locator("#ledger-table thead th").allInnerTexts())
                .contains("预警");
        screenshot("ledger-1366");

        BrowserContext phone = newContext(390, 844);
        Page onPhone = phone.newPage();
        signIn(onPhone, INSPECTION_OFFICE, PASSWORD);
        onPhone.navigate(url("/ledger"));
        // a row that names a responsible person (empty values are left out of a card, and other tests add rows)
        var firstRow = onPhone.locator("#ledger-table tbody tr:has(td[data-label='责任人']:not(:empty))").first();
        assertThat(firstRow.locator("td[data-label='责任人']")).isVisible();
        Object narrowest = firstRow.evaluate("row => Math.min(...[...row.querySelectorAll('td')]"
                + ".filter(td => td.offsetParent).map(td => td.getBoundingClientRect().width))");
        org.assertj.core.api.Assertions.assertThat(((Number) narrowest).intValue())
                .as("on a phone every value has the card's width").isGreaterThan(250);
        Object pageOverflow = onPhone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) pageOverflow).intValue()).isLessThanOrEqualTo(0);
        screenshot(onPhone, "phone-ledger-cards");
        phone.close();
    }

    @Test
    void theLedgerRemembersItsFiltersAndNumbersItsPages() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?warning=OVERDUE&size=5"));
        assertThat(page.locator("#ledger-table tbody tr:not(.warn-row-OVERDUE)")).hasCount(0);
        page.navigate(url("/ledger?size=5"));
        assertThat(page.locator("#page-2")).isVisible();
        page.click("#page-2");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("page=1"));
        assertThat(page.locator("#page-2")).hasAttribute("aria-current", "page");
        // back from the menu, the last filters come back; the reset link forgets them
        page.navigate(url("/ledger?warning=OVERDUE"));
        page.click("#menu-ledger");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("warning=OVERDUE"));
        page.click("#ledger-reset");
        page.click("#menu-ledger");
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile("warning="));
        assertThat(page.locator("#warning-legend")).containsText("临期");
    }

    @Test
    void aSessionThatEndsMidFormKeepsTheDraftForAfterSigningInAgain() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/inspections/new"));
        page.fill("#title", "会话过期时正在填写的巡察");
        page.fill("#groupName", "区委第五巡察组");
        page.selectOption("#targetUnitId", new SelectOption().setLabel("石龙区科学技术协会"));
        page.waitForTimeout(600);
        // the session ends (a node restarted, or the timeout passed): the cookie names a session that is gone
        context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("SESSION",
                "bm90LWEtc2Vzc2lvbg").setDomain("localhost").setPath("/")));
        page.click("#inspection-create");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?expired"));
        assertThat(page.locator("#expired-message")).isVisible();
        page.fill("#username", INSPECTION_OFFICE);
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        // signed in again, the person is back on the form, with the draft
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/inspections/new$"));
        assertThat(page.locator("#title")).hasValue("会话过期时正在填写的巡察");
        assertThat(page.locator("#groupName")).hasValue("区委第五巡察组");
        assertThat(page.locator(".draft-note")).isVisible();
    }

    @Test
    void aPanelLoadedAfterTheSessionEndedTakesTheWholePageToSignIn() {
        signIn(INSPECTION_OFFICE);
        page.navigate(url("/ledger?q=" + java.net.URLEncoder.encode("校外培训机构", java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("#ledger-table tbody tr a").first().click();
        page.waitForURL("**/problems/*");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        String problemUrl = page.url();
        context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("SESSION",
                "bm90LWEtc2Vzc2lvbg").setDomain("localhost").setPath("/")));
        // the problem page loads its panels with htmx: none of them may show the sign-in page inside itself
        page.navigate(problemUrl);
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login"));
        var panel = page.request().get(problemUrl + "/outcomes",
                com.microsoft.playwright.options.RequestOptions.create().setHeader("HX-Request", "true")
                        .setMaxRedirects(0));
        org.assertj.core.api.Assertions.assertThat(panel.status()).isEqualTo(401);
        org.assertj.core.api.Assertions.assertThat(panel.headers().get("hx-redirect")).endsWith("/login?expired");
        page.fill("#username", INSPECTION_OFFICE);
        page.fill("#password", PASSWORD);
        page.click("#login-submit");
        assertThat(page).hasURL(problemUrl);
    }
}
