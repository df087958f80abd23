package rectify.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiClient.Response;
import rectify.support.ApiTest;

/** Reading documents through the API, and entering a parsed document as an inspection's feedback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class IntakeApiTest extends ApiTest {

    /** POST /documents/parse with a raw body, as the inspection office. */
    Response parse(String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/documents/parse"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        request.header("Authorization", "Bearer " + anonymous.basic(INSPECTION_OFFICE, PASSWORD)
                .post("/api/v1/tokens", "{\"name\":\"parse\"}").json().get("token").asString());
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    @Test
    void theSeedIsReadThroughTheApiAndNothingIsSaved() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        int before = office.get("/api/v1/problems?size=1").json().get("totalElements").asInt();
        Response parsed = parse("text/plain; charset=UTF-8",
                DocumentParserTest.seed().getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.status()).as(parsed.toString()).isEqualTo(200);
        JsonNode categories = parsed.json().get("categories");
        assertThat(categories).hasSize(4);
        assertThat(categories.get(1).get("problems").get(0).get("title").asString()).isEqualTo("关于桥梁纽带作用发挥不够的问题");
        assertThat(categories.get(1).get("problems").get(0).get("status").asString()).isEqualTo("CLOSED");
        assertThat(categories.get(1).get("problems").get(0).get("measures")).hasSize(5);
        assertThat(office.get("/api/v1/problems?size=1").json().get("totalElements").asInt()).isEqualTo(before);

        Response nothing = parse("text/plain", "一份没有编号问题的说明。".getBytes(StandardCharsets.UTF_8));
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.message()).contains("没有识别出问题");
        Response broken = parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4, 9, 9});
        assertThat(broken.status()).isEqualTo(415);
    }

    @Test
    void anEarlierReportBecomesAnInspectionsFeedbackAllOrNothing() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        long unit = unitId(office, "石龙区卫生健康委员会");
        long inspection = office.post("/api/v1/inspections", """
                {"source":"INSPECTION","targetUnitId":%d,"title":"%s"}""".formatted(unit, "导入" + UUID.randomUUID()))
                .json().get("id").asLong();
        String document = parse("text/plain", DocumentParserTest.seed().getBytes(StandardCharsets.UTF_8)).body();

        assertThat(as(EDUCATION_COORDINATOR).post("/api/v1/inspections/" + inspection + "/feedback-import", document)
                .status()).isEqualTo(404);
        Response entered = office.post("/api/v1/inspections/" + inspection + "/feedback-import?reportDate=2022-12-30",
                document);
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        assertThat(entered.json().get("problems").asInt()).isEqualTo(11);
        JsonNode counts = office.get("/api/v1/inspections/" + inspection).json().get("counts");
        assertThat(counts.get("CLOSED").asInt()).isEqualTo(11);
        JsonNode first = office.get("/api/v1/problems?inspectionId=" + inspection).json().get("content").get(0);
        assertThat(first.get("closedOn").asString()).isEqualTo("2022-12-30");
        assertThat(first.get("measuresDone").asInt()).isEqualTo(1);

        long other = office.post("/api/v1/inspections", """
                {"source":"INSPECTION","targetUnitId":%d,"title":"%s"}""".formatted(unit, "导入失败" + UUID.randomUUID()))
                .json().get("id").asLong();
        String broken = document.replace("\"学习制度落实不到位的问题\"", "\"\"");
        Response refused = office.post("/api/v1/inspections/" + other + "/feedback-import", broken);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(office.get("/api/v1/inspections/" + other).json().get("counts").get("PLANNING").asInt()).isZero();
        assertThat(office.get("/api/v1/inspections/" + other + "/categories").json()).isEmpty();
    }

    @Test
    void anyFormatIsReadByItsContentWithItsSourcesAndSkippedPassages() throws Exception {
        byte[] gbk = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/intake-corpus/07-progress-notice.gbk.txt"));
        Response notice = parse("application/pdf", gbk);
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        JsonNode json = notice.json();
        assertThat(json.get("figures").get("problems").asInt()).isEqualTo(12);
        assertThat(json.get("figures").get("closed").asInt()).isEqualTo(9);
        JsonNode first = json.get("categories").get(0).get("problems").get(0);
        assertThat(first.get("title").asString()).isEqualTo("政治理论学习制度执行不严格");
        assertThat(first.get("source").asString()).isEqualTo("1.政治理论学习制度执行不严格【已完成】\n已修订学习制度，全年组织集中学习12次。");
        assertThat(json.get("skipped").findValuesAsString("reason")).contains("INSTRUCTION", "SIGNATURE", "NARRATIVE");

        byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/intake-corpus/08-audit-report.pdf"));
        Response audit = parse("application/octet-stream", pdf);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.json().get("categories")).hasSize(3);

        Response picture = parse("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThat(picture.status()).isEqualTo(415);
        assertThat(picture.message()).contains("图片");
    }

    @Test
    void aFeedbackDocumentBecomesProblemsWithTheirDescriptionsAndNoInstructionAsAMeasure() throws Exception {
        ApiClient office = as(INSPECTION_OFFICE);
        long unit = unitId(office, "石龙区卫生健康委员会");
        long inspection = office.post("/api/v1/inspections", """
                {"source":"INSPECTION","targetUnitId":%d,"title":"%s"}""".formatted(unit, "反馈导入" + UUID.randomUUID()))
                .json().get("id").asLong();
        byte[] feedback = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/intake-corpus/01-feedback-container.txt"));
        String document = parse("text/plain", feedback).body();

        Response tooLong = office.post("/api/v1/inspections/" + inspection + "/feedback-import",
                document.replace("\"财务管理不规范\"", "\"" + "长".repeat(501) + "\""));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.message()).contains("第 5 个问题的标题超过 500 字");
        assertThat(office.get("/api/v1/inspections/" + inspection + "/categories").json()).isEmpty();

        Response entered = office.post("/api/v1/inspections/" + inspection + "/feedback-import", document);
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        assertThat(entered.json().get("categories").asInt()).isEqualTo(3);
        assertThat(entered.json().get("problems").asInt()).isEqualTo(8);
        JsonNode ledger = office.get("/api/v1/problems?inspectionId=" + inspection + "&sort=seq").json().get("content");
        JsonNode last = office.get("/api/v1/problems/" + ledger.get(7).get("problemId").asLong()).json();
        assertThat(last.get("title").asString()).isEqualTo("干部队伍建设统筹不够");
        assertThat(last.get("description").asString()).isEqualTo("中层干部年龄结构老化，干部交流轮岗制度执行不到位。");
        assertThat(last.get("measures")).isEmpty();
        assertThat(last.get("status").asString()).isEqualTo("PLANNING");
    }
}
