package rectify.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the API suites share: a client for the running application, signing in as demo users, and lookups. */
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    protected ApiClient anonymous;

    @BeforeEach
    void anonymousClient() {
        anonymous = ApiClient.anonymous(port);
    }

    protected ApiClient as(String username) {
        return anonymous.signIn(username, DemoUsers.PASSWORD);
    }

    /** The id of the org unit with this name, as the client sees the org tree. */
    protected long unitId(ApiClient client, String name) {
        for (JsonNode unit : client.get("/api/v1/org-units").json()) {
            if (unit.get("name").asString().equals(name)) {
                return unit.get("id").asLong();
            }
        }
        throw new AssertionError("No unit " + name);
    }

    /** The id of the inspection with this title, as the client sees the inspections. */
    protected long inspectionId(ApiClient client, String title) {
        for (JsonNode inspection : client.get("/api/v1/inspections").json()) {
            if (inspection.get("title").asString().equals(title)) {
                return inspection.get("id").asLong();
            }
        }
        throw new AssertionError("No inspection " + title);
    }

    protected long userId(String username) {
        return as(username).get("/api/v1/me").json().get("id").asLong();
    }

    protected String displayName(String username) {
        return as(username).get("/api/v1/me").json().get("displayName").asString();
    }
}
