package rectify.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data made through the API as the inspection office would enter it, with usual values for everything a test
 * does not care about (an Object Mother): a test names only what matters to it, and a new required field is added
 * here once instead of in every test's copied JSON.
 */
public final class TestData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An inspection with one feedback aspect, ready for problems. */
    public record Feedback(long inspectionId, long categoryId) {
    }

    private final ApiClient office;

    public TestData(ApiClient office) {
        this.office = office;
    }

    public long unit(String name) {
        for (JsonNode node : office.get("/api/v1/org-units").json()) {
            if (node.get("name").asString().equals(name)) {
                return node.get("id").asLong();
            }
        }
        throw new AssertionError("no such unit: " + name);
    }

    /** A special inspection of the unit with a title of its own and the aspect 作风建设. */
    public Feedback feedbackOf(String unitName) {
        return feedbackOf(unitName, Map.of());
    }

    /** As {@link #feedbackOf(String)}, with the inspection's facts given (kind, feedbackDate, dueDate…) replacing the usual ones. */
    public Feedback feedbackOf(String unitName, Map<String, Object> facts) {
        Map<String, Object> inspection = new LinkedHashMap<>();
        inspection.put("source", "INSPECTION");
        inspection.put("kind", "SPECIAL");
        inspection.put("targetUnitId", unit(unitName));
        inspection.put("title", "专项巡察" + UUID.randomUUID().toString().substring(0, 8));
        inspection.putAll(facts);
        ApiClient.Response created = office.post("/api/v1/inspections", JSON.writeValueAsString(inspection));
        if (created.status() != 201) {
            throw new AssertionError("inspection not created: " + created);
        }
        long id = created.json().get("id").asLong();
        long category = office.post("/api/v1/inspections/" + id + "/categories", "{\"title\":\"作风建设\"}")
                .json().get("id").asLong();
        return new Feedback(id, category);
    }

    /** Posts a problem of the feedback with the given fields (title, deadline…); the answer says how it went. */
    public ApiClient.Response postProblem(Feedback feedback, Map<String, Object> fields) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("categoryId", feedback.categoryId());
        problem.putAll(fields);
        return office.post("/api/v1/inspections/" + feedback.inspectionId() + "/problems",
                JSON.writeValueAsString(problem));
    }

    /** A problem of the feedback with the given fields; fails the test if it is refused. */
    public long problem(Feedback feedback, Map<String, Object> fields) {
        ApiClient.Response created = postProblem(feedback, fields);
        if (created.status() != 201) {
            throw new AssertionError("problem not created: " + created);
        }
        return created.json().get("id").asLong();
    }
}
