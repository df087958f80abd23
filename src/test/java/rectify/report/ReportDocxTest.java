package rectify.report;

import rectify.document.GbtLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiTest;

/** The seed inspection's report: its structure and its GB/T 9704 page format, read back from the docx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReportDocxTest extends ApiTest {

    XWPFDocument report(ApiClient client, String version) throws IOException {
        long seed = 0;
        for (JsonNode i : client.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第二巡察组对区科协党组常规巡察")) {
                seed = i.get("id").asLong();
            }
        }
        var response = client.download("/api/v1/inspections/" + seed + "/report.docx?version=" + version);
        assertThat(response.statusCode()).isEqualTo(200);
        return new XWPFDocument(new ByteArrayInputStream(response.body()));
    }

    static String font(XWPFRun run) {
        return run.getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    static XWPFParagraph find(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    @Test
    void theSeedReportHasTheShapeOfThePublishedOne() throws IOException {
        try (XWPFDocument document = report(as(KEXIE_COORDINATOR), "internal")) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("石龙区科学技术协会关于区委第二巡察组\n反馈意见整改落实情况的报告");
            assertThat(find(document, "根据区委统一部署安排和要求，区委第二巡察组于2022年7月18日至8月18日").getText())
                    .contains("9月29日", "4个方面11个问题", "11个问题已全部整改到位", "整改完成率100%")
                    .contains("对区科协党组进行了常规巡察", "区科协党组对反馈的4个方面11个问题");
            List<String> headings = paragraphs.stream().map(XWPFParagraph::getText)
                    .filter(t -> t.matches("^[一二三四]、.*")).toList();
            assertThat(headings).containsExactly("一、强化整改主体责任", "二、巡察反馈意见整改落实情况", "三、下一步工作打算");
            assertThat(paragraphs.stream().filter(p -> p.getText().matches("(?s)^\\d+\\. .*（已整改到位）$"))).hasSize(11);
            assertThat(find(document, "1. ").getText()).isEqualTo("1. 学习制度落实不到位的问题。（已整改到位）");
            assertThat(find(document, "（四）关于党组在履行管党治党责任上不够有力").getText()).isNotBlank();
            XWPFParagraph bridge = paragraphs.get(paragraphs.indexOf(find(document, "4. 关于桥梁纽带作用发挥不够的问题")) + 1);
            assertThat(bridge.getText()).startsWith("整改情况：一是整合部门力量").contains("五是加强科普队伍建设");
            assertThat(bridge.getRuns().stream().filter(r -> r.getText(0).equals("二是")).findFirst().orElseThrow().isBold())
                    .isTrue();
            assertThat(paragraphs.get(paragraphs.size() - 2).getText()).isEqualTo("石龙区科学技术协会党组");
            assertThat(paragraphs.get(paragraphs.size() - 1).getText()).isEqualTo("2022年12月30日");
        }
    }

    @Test
    void thePageFollowsGbt9704() throws Exception {
        try (XWPFDocument document = report(as(INSPECTION_OFFICE), "internal")) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1588));
            assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
            assertThat(section.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(579));

            XWPFParagraph title = document.getParagraphs().get(0);
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(font(title.getRuns().get(0))).isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            XWPFParagraph level1 = find(document, "二、巡察反馈意见整改落实情况");
            assertThat(font(level1.getRuns().get(0))).isEqualTo("黑体");
            XWPFParagraph level2 = find(document, "（一）党组在推进机关政治建设方面不够有力");
            assertThat(font(level2.getRuns().get(0))).isEqualTo("楷体_GB2312");
            XWPFParagraph level3 = find(document, "1. ");
            assertThat(font(level3.getRuns().get(0))).isEqualTo("仿宋_GB2312");
            assertThat(level3.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph body = find(document, "根据区委");
            assertThat(font(body.getRuns().get(0))).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getFirstLineIndent()).isEqualTo(640);
            assertThat(body.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(579));

            // named styles, kept with what follows where they are headings; Chinese; 28 characters a line
            assertThat(document.getStyles().getStyle(level1.getStyleID()).getName()).isEqualTo("一级标题");
            assertThat(document.getStyles().getStyle(level2.getStyleID()).getName()).isEqualTo("二级标题");
            assertThat(document.getStyles().getStyle(level3.getStyleID()).getName()).isEqualTo("三级标题");
            assertThat(document.getStyles().getStyle(body.getStyleID()).getName()).isEqualTo("正文");
            assertThat(document.getStyles().getStyle(title.getStyleID()).getName()).isEqualTo("标题");
            assertThat(level1.isKeepNext()).isTrue();
            assertThat(level2.isKeepNext()).isTrue();
            assertThat(level3.isKeepNext()).isTrue();
            var defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            assertThat(defaults.getSpacingArray(0).getVal()).isEqualTo(BigInteger.valueOf(-6));
            List<XWPFParagraph> all = document.getParagraphs();
            XWPFParagraph lastBody = all.get(all.size() - 4);
            assertThat(lastBody.isKeepNext()).as("the last paragraph stays with the signature").isTrue();
            XWPFParagraph date = document.getParagraphs().get(document.getParagraphs().size() - 1);
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            // sealed: the date four characters in from the right, the issuer (11 characters) centred over it (7)
            assertThat(date.getIndentationRight()).isEqualTo(4 * GbtLayout.CELL_TWIPS);
            XWPFParagraph issuer = document.getParagraphs().get(document.getParagraphs().size() - 2);
            assertThat(issuer.getIndentationRight()).isEqualTo(2 * GbtLayout.CELL_TWIPS);

            assertThat(document.getEvenAndOddHeadings()).isTrue();
            List<XWPFFooter> footers = document.getFooterList();
            assertThat(footers).hasSize(2);
            for (XWPFFooter footer : footers) {
                XWPFParagraph number = footer.getParagraphs().get(0);
                assertThat(number.getText()).startsWith("— ").endsWith(" —");
                assertThat(number.getCTP().xmlText()).contains("PAGE");
                assertThat(number.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
                assertThat(font(number.getRuns().get(0))).isEqualTo("宋体");
            }
            assertThat(footers).extracting(f -> f.getParagraphs().get(0).getAlignment())
                    .containsExactlyInAnyOrder(ParagraphAlignment.RIGHT, ParagraphAlignment.LEFT);
        }
    }

    @Test
    void thePublicVersionLeavesOutInternalSectionsAndPersonsNames() throws IOException {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        long seed = 0;
        for (JsonNode i : kexie.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第二巡察组对区科协党组常规巡察")) {
                seed = i.get("id").asLong();
            }
        }
        JsonNode report = kexie.get("/api/v1/inspections/" + seed + "/report").json();
        String sections = """
                {"version":%d,"issuer":"石龙区科学技术协会党组","reportDate":"2022-12-30","recipient":"区委巡察办",
                 "opening":"这是整改办改写过的开头段。","contactPhone":"0851-12345678","contactEmail":"kx@example.gov.cn",
                 "sections":[
                 {"heading":"强化整改主体责任","body":"由李敏同志具体负责整改办日常工作，赵磊同志提供了经验，王大明主任多次过问，高新区提供场地。","afterFeedback":false,"internal":false},
                 {"heading":"下一步工作打算","body":"持续巩固整改成果。","afterFeedback":true,"internal":true}]}"""
                .formatted(report.get("version").asLong());
        assertThat(kexie.put("/api/v1/inspections/" + seed + "/report", sections).status()).isEqualTo(200);
        try (XWPFDocument internal = report(kexie, "internal"); XWPFDocument published = report(kexie, "public")) {
            String all = internal.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            String open = published.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(all).contains("李敏同志", "赵磊同志", "下一步工作打算", "区委巡察办：", "这是整改办改写过的开头段。")
                    .doesNotContain("予以公布");
            assertThat(open).doesNotContain("李敏").doesNotContain("赵磊").doesNotContain("王大明")
                    .contains("由××同志", "××同志提供了经验", "××主任多次过问", "高新区提供场地")
                    .doesNotContain("下一步工作打算").doesNotContain("区委巡察办：").doesNotContain("改写过的开头段")
                    .contains("予以公布", "欢迎广大干部群众对巡察整改落实情况进行监督",
                            "联系电话：0851-12345678；电子邮箱：kx@example.gov.cn。");
            assertThat(published.getParagraphs().get(0).getText().replace("\n", ""))
                    .isEqualTo("中共石龙区科学技术协会党组关于区委第二巡察组巡察整改进展情况的通报");
            assertThat(internal.getParagraphs().get(0).getText()).startsWith("石龙区科学技术协会关于区委第二巡察组");

            // the unit says 王大明 is no name of a person: the public version shows it
            JsonNode saved = kexie.get("/api/v1/inspections/" + seed + "/report").json();
            ((tools.jackson.databind.node.ObjectNode) saved).putArray("notNames").add("王大明");
            assertThat(kexie.put("/api/v1/inspections/" + seed + "/report", saved.toString()).status()).isEqualTo(200);
            try (XWPFDocument again = report(kexie, "public")) {
                String text = again.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
                assertThat(text).contains("王大明主任多次过问").doesNotContain("李敏");
            }
        } finally {
            JsonNode now = kexie.get("/api/v1/inspections/" + seed + "/report").json();
            ((tools.jackson.databind.node.ObjectNode) report).put("version", now.get("version").asLong());
            kexie.put("/api/v1/inspections/" + seed + "/report", report.toString());
        }
    }

    @Test
    void anotherUnitGetsNoReportAndABadVersionIsRefused() {
        ApiClient education = as(EDUCATION_COORDINATOR);
        assertThat(education.download("/api/v1/inspections/1/report.docx").statusCode()).isIn(404);
        ApiClient kexie = as(KEXIE_COORDINATOR);
        long seed = 0;
        for (JsonNode i : kexie.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第二巡察组对区科协党组常规巡察")) {
                seed = i.get("id").asLong();
            }
        }
        ApiClient.Response badVersion = kexie.get("/api/v1/inspections/" + seed + "/report.docx?version=draft");
        assertThat(badVersion.status()).isEqualTo(400);
        assertThat(badVersion.json().get("error").asString()).isEqualTo("bad_request");
        assertThat(badVersion.message()).contains("internal", "public");
    }

    @Test
    void selfFoundProblemsHaveTheirOwnPartAndAreNotCountedAsFeedback() throws IOException {
        ApiClient office = as(INSPECTION_OFFICE);
        long current = 0;
        for (JsonNode i : office.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第三巡察组对区教育体育局党组常规巡察")) {
                current = i.get("id").asLong();
                assertThat(i.get("partyOrganisationShort").asString()).isEqualTo("区教体局党组");
            }
        }
        int feedback = 0;
        int own = 0;
        for (JsonNode row : office.get("/api/v1/problems?inspectionId=" + current + "&size=100").json().get("content")) {
            if (row.get("origin").asString().equals("FEEDBACK")) {
                feedback++;
            } else {
                own++;
            }
        }
        assertThat(own).as("the demo has a self-found problem").isPositive();
        var response = office.download("/api/v1/inspections/" + current + "/report.docx?version=internal");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String opening = find(document, "根据区委").getText();
            assertThat(opening).contains("个方面" + feedback + "个问题").contains("区教体局党组");
            XWPFParagraph part = document.getParagraphs().stream()
                    .filter(p -> p.getText().endsWith("、自查自纠问题整改落实情况")).findFirst().orElseThrow();
            assertThat(document.getParagraphs().get(document.getParagraphs().indexOf(part) + 1).getText())
                    .contains("查找问题" + own + "个");
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> t.matches("(?s)^\\d+\\. .*（(已整改到位|正在整改|基本整改到位，持续整改)）$"))).hasSize(feedback + own);
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .noneMatch(t -> t.equals("整改情况：")).noneMatch(t -> t.contains("（基本整改到位（"));
            assertThat(document.getParagraphs().get(document.getParagraphs().size() - 2).getText())
                    .isEqualTo("中共石龙区教育体育局党组");
        }
    }

    @Test
    void aProblemMarkedNotForPublicationIsLeftOutOfThePublicVersionButStillCounted() throws IOException {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        long seed = inspectionId(kexie, "区委第二巡察组对区科协党组常规巡察");
        JsonNode report = kexie.get("/api/v1/inspections/" + seed + "/report").json();
        JsonNode changed = report.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) changed).putArray("withheldProblems").add(2);
        assertThat(kexie.put("/api/v1/inspections/" + seed + "/report", changed.toString()).status()).isEqualTo(200);
        try (XWPFDocument internal = report(kexie, "internal"); XWPFDocument published = report(kexie, "public")) {
            String all = internal.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            String open = published.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            String second = kexie.get("/api/v1/problems?inspectionId=" + seed + "&size=100").json().get("content")
                    .valueStream().filter(p -> p.get("seq").asInt() == 2).findFirst().orElseThrow().get("title").asString();
            assertThat(all).contains(second).doesNotContain("不予公开");
            assertThat(open).doesNotContain(second).contains("其中1个问题按有关规定不予公开。具体情况如下：")
                    .contains("4个方面11个问题");
            assertThat(kexie.get("/api/v1/inspections/" + seed + "/report").json().get("withheldProblems").get(0)
                    .asInt()).isEqualTo(2);
        } finally {
            JsonNode now = kexie.get("/api/v1/inspections/" + seed + "/report").json();
            ((tools.jackson.databind.node.ObjectNode) report).put("version", now.get("version").asLong());
            ((tools.jackson.databind.node.ObjectNode) report).putArray("withheldProblems");
            kexie.put("/api/v1/inspections/" + seed + "/report", report.toString());
        }
    }
}
