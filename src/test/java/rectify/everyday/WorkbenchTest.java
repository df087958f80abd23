package rectify.everyday;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;

/** The workbench: for each role, what waits for this person, each count equal to the list its link shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class WorkbenchTest extends rectify.support.ApiTest {

    static Map<String, JsonNode> items(ApiClient client) {
        Map<String, JsonNode> items = new HashMap<>();
        client.get("/api/v1/workbench").json().forEach(i -> items.put(i.get("key").asString(), i));
        return items;
    }

    /** How many problems the ledger link of an item lists, asked of the API with the same filters. */
    static long listed(ApiClient client, JsonNode item) {
        String query = item.get("link").asString().replaceFirst("^/ledger\\?", "");
        return client.get("/api/v1/problems?size=1&" + query.replace("sort=WARNING", "sort=warning"))
                .json().get("totalElements").asLong();
    }

    @Test
    void eachRoleSeesWhatWaitsForItAndEachCountIsItsList() {
        ApiClient office = as(INSPECTION_OFFICE);
        Map<String, JsonNode> forOffice = items(office);
        assertThat(forOffice).containsKeys("plansToReview", "closuresToReview", "extensionsToDecide", "withoutPlan",
                "dueSoon", "overdue");
        // the workbench counts what the inbox lists, kind by kind (it counts without reading the items)
        Map<String, Long> inbox = new HashMap<>(Map.of("PLAN", 0L, "CLOSURE", 0L, "EXTENSION", 0L));
        for (JsonNode item : office.get("/api/v1/reviews").json()) {
            inbox.merge(item.get("kind").asString(), 1L, Long::sum);
        }
        assertThat(forOffice.get("plansToReview").get("count").asLong()).isEqualTo(inbox.get("PLAN"));
        assertThat(forOffice.get("closuresToReview").get("count").asLong()).isEqualTo(inbox.get("CLOSURE"));
        assertThat(forOffice.get("extensionsToDecide").get("count").asLong()).isEqualTo(inbox.get("EXTENSION"));
        assertThat(inbox.values().stream().mapToLong(Long::longValue).sum()).as("the demo has something to review")
                .isPositive();
        for (String key : new String[] {"withoutPlan", "dueSoon", "overdue"}) {
            assertThat(listed(office, forOffice.get(key))).as(key).isEqualTo(forOffice.get(key).get("count").asLong());
        }
        assertThat(forOffice.get("overdue").get("count").asLong()).as("the demo has overdue problems").isPositive();

        ApiClient coordinator = as(EDUCATION_COORDINATOR);
        Map<String, JsonNode> forUnit = items(coordinator);
        assertThat(forUnit).containsKeys("withoutPlan", "ordersToAnswer", "overdue").doesNotContainKey("plansToReview");
        assertThat(listed(coordinator, forUnit.get("overdue"))).isEqualTo(forUnit.get("overdue").get("count").asLong());
        assertThat(forUnit.get("overdue").get("count").asLong()).isLessThanOrEqualTo(
                forOffice.get("overdue").get("count").asLong());

        ApiClient responsible = as("jt.qian");
        Map<String, JsonNode> forPerson = items(responsible);
        assertThat(forPerson).containsOnlyKeys("dueSoon", "overdue");
        assertThat(forPerson.get("overdue").get("link").asString()).contains("responsibleUserId=");
        assertThat(listed(responsible, forPerson.get("overdue"))).isEqualTo(forPerson.get("overdue").get("count").asLong());

        assertThat(as(SYSTEM_ADMIN).get("/api/v1/workbench").json()).isEmpty();
    }
}
