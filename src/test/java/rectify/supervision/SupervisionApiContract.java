package rectify.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.Eventually;

/**
 * Supervision orders through the API: who issues and who answers, the rules, the scope, the notifications each side
 * gets, the printable document.
 */
abstract class SupervisionApiContract extends rectify.support.ApiTest {

    ApiClient office;
    ApiClient education;
    ApiClient kexie;

    @BeforeEach
    void clients() {
        office = as(INSPECTION_OFFICE);
        education = as(EDUCATION_COORDINATOR);
        kexie = as(KEXIE_COORDINATOR);
    }

    long unit(String name) {
        return unitId(office, name);
    }

    /** An open problem of the demo's education inspection. */
    long educationProblem() {
        for (JsonNode row : office.get("/api/v1/problems?size=200&unfinished=true&unitId=" + unit("石龙区教育体育局"))
                .json().get("content")) {
            return row.get("problemId").asLong();
        }
        throw new AssertionError("no open education problem");
    }

    long kexieProblem() {
        return office.get("/api/v1/problems?size=1&unitId=" + unit("石龙区科学技术协会")).json().get("content").get(0)
                .get("problemId").asLong();
    }

    ApiClient.Response issue(ApiClient client, long unitId, long problemId, LocalDate replyBy, String urgency) {
        return client.post("/api/v1/supervision-orders", """
                {"unitId":%d,"problemIds":[%d],"content":"请针对所列问题加快整改进度，逐项明确完成时限。","replyBy":"%s","urgency":"%s"}"""
                .formatted(unitId, problemId, replyBy, urgency));
    }

    @Test
    void theOfficeIssuesAndTheUnitReplies() throws Exception {
        long problem = educationProblem();
        ApiClient.Response issued = issue(office, unit("石龙区教育体育局"), problem, LocalDate.now().plusDays(7), "LISTED");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode order = issued.json();
        long id = order.get("id").asLong();
        assertThat(order.get("number").asString()).matches("督办〔\\d{4}〕\\d+号");
        assertThat(order.get("status").asString()).isEqualTo("ISSUED");
        assertThat(order.get("urgency").asString()).isEqualTo("LISTED");
        assertThat(order.get("problems").get(0).get("id").asLong()).isEqualTo(problem);

        // the unit hears of it (once the order is committed); the other unit neither sees nor hears
        Eventually.within(Duration.ofSeconds(10), "the unit hears of the order",
                () -> !notificationsAbout(education, "/supervision-orders/" + id).isEmpty()
                        && !notificationsAbout(as("jt.he"), "/supervision-orders/" + id).isEmpty());
        assertThat(notificationsAbout(education, "/supervision-orders/" + id)).extracting(n -> n.get("kind").asString())
                .containsExactly("ORDER_ISSUED");
        assertThat(notificationsAbout(as("jt.he"), "/supervision-orders/" + id)).hasSize(1);
        assertThat(notificationsAbout(kexie, "/supervision-orders/" + id)).isEmpty();
        assertThat(kexie.get("/api/v1/supervision-orders/" + id).status()).isEqualTo(404);
        assertThat(kexie.get("/api/v1/supervision-orders").json().get("content").findValuesAsString("number"))
                .doesNotContain(order.get("number").asString());
        assertThat(kexie.post("/api/v1/supervision-orders/" + id + "/reply", "{\"content\":\"已整改\"}").status())
                .isEqualTo(404);
        assertThat(kexie.download("/api/v1/supervision-orders/" + id + "/order.docx").statusCode()).isEqualTo(404);

        // replying: the content is required, a stale version is refused, then once and only once
        assertThat(education.post("/api/v1/supervision-orders/" + id + "/reply", "{\"content\":\" \"}").status())
                .isEqualTo(422);
        assertThat(education.post("/api/v1/supervision-orders/" + id + "/reply",
                "{\"content\":\"已整改\",\"version\":99}").status()).isEqualTo(409);
        ApiClient.Response replied = education.post("/api/v1/supervision-orders/" + id + "/reply", """
                {"content":"已召开专题会议研究整改，相关问题于本周内整改到位。","version":%d}"""
                .formatted(order.get("version").asLong()));
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.json().get("status").asString()).isEqualTo("REPLIED");
        assertThat(replied.json().get("repliedByName").asString()).isEqualTo("赵磊");
        assertThat(education.post("/api/v1/supervision-orders/" + id + "/reply", "{\"content\":\"再次回复\"}")
                .status()).isEqualTo(409);
        Eventually.within(Duration.ofSeconds(10), "the issuer hears of the answer",
                () -> notificationsAbout(office, "/supervision-orders/" + id).stream()
                        .anyMatch(n -> n.get("kind").asString().equals("ORDER_REPLIED")));

        // the printable order
        var docx = office.download("/api/v1/supervision-orders/" + id + "/order.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> text = new ArrayList<>();
            for (XWPFParagraph p : document.getParagraphs()) {
                text.add(p.getText());
            }
            assertThat(text).contains("挂 牌 督 办 通 知 单", order.get("number").asString(), "石龙区教育体育局：");
            assertThat(String.join("\n", text)).contains("请针对所列问题加快整改进度").contains("回复情况")
                    .contains("已召开专题会议研究整改");
        }
    }

    @Test
    void ordersFollowTheRules() {
        long education = unit("石龙区教育体育局");
        assertThat(issue(this.education, education, educationProblem(), LocalDate.now().plusDays(7), "URGE").status())
                .as("a unit does not issue").isEqualTo(403);
        assertThat(issue(office, education, kexieProblem(), LocalDate.now().plusDays(7), "URGE").status())
                .as("a problem of another unit").isEqualTo(422);
        assertThat(issue(office, education, educationProblem(), LocalDate.now().minusDays(1), "URGE").status())
                .as("a reply date in the past").isEqualTo(422);
        ApiClient.Response noProblems = office.post("/api/v1/supervision-orders", """
                {"unitId":%d,"problemIds":[],"content":"请加快整改。","replyBy":"%s"}""".formatted(education,
                LocalDate.now().plusDays(3)));
        assertThat(noProblems.status()).isEqualTo(422);
        assertThat(noProblems.json().get("message").asString()).contains("至少选择一个");
        assertThat(office.get("/api/v1/supervision-orders/999999").status()).isEqualTo(404);
        assertThat(as(SYSTEM_ADMIN).get("/api/v1/supervision-orders").status()).isEqualTo(403);
    }

    List<JsonNode> notificationsAbout(ApiClient client, String link) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : client.get("/api/v1/notifications?size=100").json().get("content")) {
            if (link.equals(n.get("link").asString(null))) {
                found.add(n);
            }
        }
        return found;
    }
}
