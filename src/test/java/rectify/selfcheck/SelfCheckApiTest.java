package rectify.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.Eventually;
import rectify.support.LifecycleFlows;
import rectify.support.TestData;

/**
 * 举一反三 through the API: the office asks two units to check themselves for a problem found in a third; each hears
 * of it, sees only its own part and answers once — one has the problem, which enters its ledger as self-found; the
 * other has not, and says what it checked. Refusals say what is missing and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SelfCheckApiTest extends rectify.support.ApiTest {

    @Test
    void unitsAskedToCheckThemselvesAnswerBothWays() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        TestData data = new TestData(flows.office);
        long source = data.problem(data.feedbackOf("石龙区科学技术协会"),
                java.util.Map.of("title", "关于公务用车使用登记不全的问题"));
        long education = data.unit("石龙区教育体育局");
        long health = data.unit("石龙区卫生健康委员会");
        ApiClient educationCoordinator = anonymous.signIn(EDUCATION_COORDINATOR, PASSWORD);
        ApiClient healthCoordinator = flows.userWithRoles("石龙区卫生健康委员会", Set.of("UNIT_COORDINATOR"));
        String replyBy = LocalDate.now().plusDays(20).toString();
        String path = "/api/v1/problems/" + source + "/self-checks";

        var noUnits = flows.office.post(path, "{\"unitIds\":[],\"replyBy\":\"" + replyBy + "\"}");
        assertThat(noUnits.status()).isEqualTo(422);
        assertThat(noUnits.json().get("fields").has("unitIds")).isTrue();
        var late = flows.office.post(path, "{\"unitIds\":[%d],\"replyBy\":\"2020-01-01\"}".formatted(education));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("fields").has("replyBy")).isTrue();
        assertThat(flows.coordinator.post(path, "{\"unitIds\":[%d],\"replyBy\":\"%s\"}".formatted(education, replyBy))
                .status()).isEqualTo(403);
        assertThat(flows.office.get(path).json()).isEmpty();

        var issued = flows.office.post(path, "{\"unitIds\":[%d,%d],\"replyBy\":\"%s\"}"
                .formatted(education, health, replyBy));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.json().get("id").asLong();
        assertThat(issued.json().get("content").asString()).contains("公务用车使用登记不全");
        String link = "/self-checks/" + id;
        Eventually.within(Duration.ofSeconds(10), "the unit hears of the self-check", () -> {
            for (JsonNode n : educationCoordinator.get("/api/v1/notifications?size=100").json().get("content")) {
                if (link.equals(n.get("link").asString(null))) {
                    return true;
                }
            }
            return false;
        });

        // each unit sees its own part only; a unit not asked sees nothing
        JsonNode seenByEducation = educationCoordinator.get("/api/v1/self-checks/" + id).json();
        assertThat(seenByEducation.get("units")).hasSize(1);
        assertThat(seenByEducation.get("units").get(0).get("unitId").asLong()).isEqualTo(education);
        assertThat(flows.coordinator.get("/api/v1/self-checks/" + id).status()).isEqualTo(404);
        assertThat(flows.coordinator.post("/api/v1/self-checks/" + id + "/answer", "{\"exists\":false,\"note\":\"无\"}")
                .status()).isEqualTo(404);

        // it exists: the problem enters the unit's ledger as self-found
        var untitled = educationCoordinator.post("/api/v1/self-checks/" + id + "/answer", "{\"exists\":true}");
        assertThat(untitled.status()).isEqualTo(422);
        assertThat(untitled.json().get("fields").has("title")).isTrue();
        var exists = educationCoordinator.post("/api/v1/self-checks/" + id + "/answer", """
                {"exists":true,"title":"关于公务用车派车单填写不全的问题","description":"2026年部分派车单缺少事由。"}""");
        assertThat(exists.status()).as(exists.toString()).isEqualTo(200);
        long filed = exists.json().get("units").get(0).get("problemId").asLong();
        JsonNode problem = educationCoordinator.get("/api/v1/problems/" + filed).json();
        assertThat(problem.get("origin").asString()).isEqualTo("SELF_CHECK");
        assertThat(problem.get("status").asString()).isEqualTo("PLANNING");
        JsonNode inspection = educationCoordinator.get("/api/v1/inspections/" + problem.get("inspectionId").asLong())
                .json();
        assertThat(inspection.get("source").asString()).isEqualTo("SELF_CHECK");
        assertThat(inspection.get("targetUnitId").asLong()).isEqualTo(education);
        assertThat(educationCoordinator.post("/api/v1/self-checks/" + id + "/answer",
                "{\"exists\":false,\"note\":\"改口\"}").status()).isEqualTo(409);

        // it does not exist: the unit says what it checked
        var tooLong = healthCoordinator.post("/api/v1/self-checks/" + id + "/answer",
                "{\"exists\":false,\"note\":\"" + "查".repeat(4001) + "\"}");
        assert422(tooLong, "note", "“自查情况说明”最多4000个字符，现有4001个");
        var bare = healthCoordinator.post("/api/v1/self-checks/" + id + "/answer", "{\"exists\":false}");
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.json().get("fields").has("note")).isTrue();
        assertThat(healthCoordinator.post("/api/v1/self-checks/" + id + "/answer", """
                {"exists":false,"note":"已逐月核对2026年派车记录，未发现同类问题。"}""").status()).isEqualTo(200);

        JsonNode all = flows.office.get("/api/v1/self-checks/" + id).json();
        assertThat(all.get("units").toString()).contains("\"answer\":\"EXISTS\"", "\"answer\":\"NONE\"",
                "未发现同类问题");
        assertThat(flows.office.get(path).json()).hasSize(1);
    }

    private static void assert422(ApiClient.Response response, String field, String words) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.message()).contains(words);
        assertThat(response.json().get("fields").has(field)).isTrue();
    }

    /** The demo's round has the same problem in two units (三会一课): the office sees it as a recurring theme. */
    @org.junit.jupiter.api.Test
    void theOfficeSeesTheThemesThatRecurAcrossTheRoundsUnits() {
        long round = 0;
        for (var r : as(INSPECTION_OFFICE).get("/api/v1/rounds").json()) {
            if (r.get("name").asString().endsWith("年区委第一轮巡察")) {
                round = r.get("id").asLong();
            }
        }
        var themes = as(INSPECTION_OFFICE).get("/api/v1/rounds/" + round + "/recurring-themes").json();
        java.util.List<String> units = new java.util.ArrayList<>();
        for (var theme : themes) {
            if (theme.get("title").asString().contains("三会一课")) {
                theme.get("problems").forEach(p -> units.add(p.get("unitName").asString()));
            }
        }
        assertThat(units).contains("石龙区教育体育局", "石龙区科学技术协会");
        assertThat(themes.get(0).get("units").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(as(KEXIE_COORDINATOR).get("/api/v1/rounds/" + round + "/recurring-themes").status())
                .isEqualTo(403);
    }

    /** Entering a problem that repeats a closed one of the same unit answers with that earlier problem (反弹回潮). */
    @org.junit.jupiter.api.Test
    void aProblemEnteredThatRepeatsAClosedOneOfTheUnitSaysSo() {
        rectify.support.LifecycleFlows flows = new rectify.support.LifecycleFlows(anonymous);
        long closed = flows.closedProblem();
        rectify.support.TestData data = new rectify.support.TestData(flows.office);
        var again = data.feedbackOf("石龙区科学技术协会");
        var repeat = data.postProblem(again, java.util.Map.of("title", "关于会议记录仍不规范的问题"));
        assertThat(repeat.status()).isEqualTo(201);
        java.util.List<Long> earlier = new java.util.ArrayList<>();
        repeat.json().get("repeats").forEach(r -> earlier.add(r.get("problemId").asLong()));
        assertThat(earlier).contains(closed);
        var other = data.postProblem(again, java.util.Map.of("title", "关于公务接待超标准的问题"));
        assertThat(other.json().get("repeats")).isEmpty();
    }
}
