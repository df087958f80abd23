package rectify.everyday;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.LifecycleFlows;

/** Progress the inspection office enters for a unit says so (代录), in the answer and in the history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OnBehalfTest extends rectify.support.ApiTest {

    @Test
    void progressTheOfficeEntersForAUnitIsMarkedAsEnteredOnItsBehalf() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        var byOffice = flows.office.postMultipart("/api/v1/measures/" + measure + "/progress",
                Map.of("text", "巡察办根据电话核实情况录入"), List.of());
        assertThat(byOffice.status()).as(byOffice.toString()).isEqualTo(201);
        var byUnit = flows.responsible.postMultipart("/api/v1/measures/" + measure + "/progress",
                Map.of("text", "责任人本人填报"), List.of());
        assertThat(byUnit.status()).isEqualTo(201);
        JsonNode detail = flows.office.get("/api/v1/problems/" + problem).json();
        for (JsonNode filed : detail.get("progress")) {
            boolean office = filed.get("text").asString().startsWith("巡察办");
            assertThat(filed.get("onBehalf").asBoolean()).as(filed.get("text").asString()).isEqualTo(office);
        }
        assertThat(detail.get("history").toString()).contains("（巡察办代录）");
    }

    @Test
    void measuresTheOfficeAddsOrMarksDoneForAUnitAreMarkedAsEnteredOnItsBehalf() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        var added = flows.office.post("/api/v1/problems/" + problem + "/measures", "{\"text\":\"巡察办补录的措施\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long measure = added.json().get("id").asLong();
        long version = added.json().get("version").asLong();
        assertThat(flows.office.patch("/api/v1/measures/" + measure, """
                {"version":%d,"status":"DONE","completedOn":"2026-11-20"}""".formatted(version)).status()).isEqualTo(200);
        var byUnit = flows.coordinator.post("/api/v1/problems/" + problem + "/measures", "{\"text\":\"单位自己的措施\"}");
        assertThat(byUnit.status()).isEqualTo(201);
        JsonNode history = flows.office.get("/api/v1/problems/" + problem).json().get("history");
        int marked = 0;
        for (JsonNode e : history) {
            String summary = e.get("summary").asString();
            if (summary.contains("巡察办补录的措施")) {
                assertThat(summary).as("what the office entered").startsWith("（巡察办代录）");
                marked++;
            }
            if (summary.contains("单位自己的措施")) {
                assertThat(summary).doesNotContain("代录");
            }
        }
        assertThat(marked).as("added, then marked done").isEqualTo(2);
    }
}
