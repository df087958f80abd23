package rectify.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.INSPECTION_OFFICE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiClient.Response;
import rectify.support.TestData;

/**
 * A jump by page number in a ledger too large to count exactly starts from the nearest landmark (every few rows'
 * place, read once like the total) instead of reading every row before the page. The subclasses make the demo's
 * ledger "large" (exact up to 5 rows) and put a landmark every 4 rows, so that every page of every order is found
 * through them, with page sizes that do not line up with the landmarks.
 */
abstract class LedgerJumpsContract extends rectify.support.ApiTest {

    private static final List<String> SORTS = List.of("seq", "seq,desc", "deadline", "deadline,desc", "warning",
            "warning,desc", "status", "category,desc");

    @Test
    void aJumpToAnyPageShowsTheRowsOfThatPageAndRowsAddedSinceMoveItByNoMoreThanTheirNumber() {
        ApiClient office = as(INSPECTION_OFFICE);
        Map<String, List<Long>> orders = new java.util.LinkedHashMap<>();
        for (String sort : SORTS) {
            for (int size : new int[] {3, 7}) {
                List<Long> rows = walked(office, sort, size);
                orders.put(sort + "/" + size, rows);
                assertThat(rows.size()).as("the demo's ledger spans several landmarks").isGreaterThan(20);
                for (int page = 0; page * size < rows.size() + size; page++) {
                    JsonNode found = ledger(office, "size=" + size + "&sort=" + sort + "&page=" + page);
                    assertThat(found.get("totalExact").asBoolean()).as("a total this large is counted once").isFalse();
                    assertThat(ids(found)).as("page %d of %d rows by %s", page, size, sort)
                            .isEqualTo(rows.subList(Math.min(page * size, rows.size()),
                                    Math.min((page + 1) * size, rows.size())));
                }
            }
        }

        // rows entered after the landmarks were read: a jump lands at most that many rows away from its exact place,
        // as the total beside it (still the one counted before) is at most that many rows off
        TestData data = new TestData(office);
        TestData.Feedback feedback = data.feedbackOf("石龙区科学技术协会");
        int added = 3;
        for (int i = 1; i <= added; i++) {
            data.problem(feedback, Map.of("title", "关于跳页期间新增第" + i + "项的问题", "deadline", "2026-12-0" + i));
        }
        for (String sort : SORTS) {
            int size = 3;
            List<Long> now = walked(office, sort, size);
            JsonNode first = ledger(office, "size=" + size + "&sort=" + sort);
            assertThat(first.get("totalElements").asLong()).as("the total counted before")
                    .isEqualTo(orders.get(sort + "/" + size).size());
            for (int page = 1; page * size < now.size() - added; page++) {
                List<Long> shown = ids(ledger(office, "size=" + size + "&sort=" + sort + "&page=" + page));
                int place = now.indexOf(shown.get(0));
                assertThat(place).as("page %d by %s starts near row %d", page, sort, page * size)
                        .isBetween(page * size - added, page * size + added);
                assertThat(shown).as("and shows consecutive rows").isEqualTo(now.subList(place, place + shown.size()));
            }
        }
    }

    /** Every row of the ledger in one order, page after page by cursor: the exact order to compare jumps with. */
    private List<Long> walked(ApiClient client, String sort, int size) {
        List<Long> rows = new ArrayList<>();
        JsonNode page = ledger(client, "size=" + size + "&sort=" + sort);
        while (true) {
            rows.addAll(ids(page));
            if (page.get("next").isNull()) {
                return rows;
            }
            page = ledger(client, "size=" + size + "&sort=" + sort + "&after=" + page.get("next").asString());
        }
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(row -> ids.add(row.get("problemId").asLong()));
        return ids;
    }

    private JsonNode ledger(ApiClient client, String query) {
        Response response = client.get("/api/v1/problems?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
