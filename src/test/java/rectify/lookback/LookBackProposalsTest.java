package rectify.lookback;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import rectify.support.LifecycleFlows;

/**
 * Problems closed long enough ago (here: the same day, {@code after-months=0}) propose their inspection for a
 * 回头看 to the office, until a look-back revisits them; the demo's seed, already looked back at, is not proposed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rectify.look-back.after-months=0")
@ActiveProfiles({"demo", "test"})
class LookBackProposalsTest extends rectify.support.ApiTest {

    @Test
    void closedProblemsAreProposedForALookBackUntilOneRevisitsThem() {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long closed = flows.closedProblem();
        long inspection = flows.office.get("/api/v1/problems/" + closed).json().get("inspectionId").asLong();

        assertThat(proposed()).contains(inspection);
        assertThat(proposed()).as("the seed was looked back at in the demo").doesNotContain(seed());
        assertThat(flows.coordinator.get("/api/v1/look-backs/proposals").status()).isEqualTo(403);

        assertThat(flows.office.post("/api/v1/look-backs", "{\"inspectionId\":" + inspection + "}").status())
                .isEqualTo(201);
        assertThat(proposed()).doesNotContain(inspection);
    }

    private List<Long> proposed() {
        List<Long> ids = new ArrayList<>();
        as(INSPECTION_OFFICE).get("/api/v1/look-backs/proposals").json()
                .forEach(p -> ids.add(p.get("inspectionId").asLong()));
        return ids;
    }

    private long seed() {
        for (var i : as(INSPECTION_OFFICE).get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第二巡察组对区科协党组常规巡察")) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("the demo's seed inspection");
    }
}
