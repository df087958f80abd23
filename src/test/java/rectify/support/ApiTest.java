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

    protected long userId(String username) {
        return as(username).get("/api/v1/me").json().get("id").asLong();
    }
}
