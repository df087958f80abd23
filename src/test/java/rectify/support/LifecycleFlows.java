package rectify.support;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient.FilePart;
import rectify.support.ApiClient.Response;

/**
 * The steps tests take a science-association problem through: a complete plan, its approval, a finished measure
 * with evidence, and accounts made for a test with the roles it needs.
 */
public final class LifecycleFlows {

    public final ApiClient office;
    public final ApiClient coordinator;
    public final ApiClient leader;
    public final ApiClient responsible;
    private final ApiClient anonymous;

    public LifecycleFlows(ApiClient anonymous) {
        this.anonymous = anonymous;
        office = anonymous.signIn(INSPECTION_OFFICE, PASSWORD);
        coordinator = anonymous.signIn(KEXIE_COORDINATOR, PASSWORD);
        leader = anonymous.signIn(KEXIE_LEADER, PASSWORD);
        responsible = anonymous.signIn(KEXIE_RESPONSIBLE, PASSWORD);
    }

    public long id(ApiClient client, String path, String field, String value) {
        for (JsonNode node : client.get(path).json()) {
            if (node.get(field).asString().equals(value)) {
                return node.get("id").asLong();
            }
        }
        throw new AssertionError("not found: " + value);
    }

    /** A science-association problem with a complete plan (deadline, leader, department, person, one measure), still PLANNING. */
    public long[] plannedProblem(String type) {
        TestData data = new TestData(office);
        TestData.Feedback feedback = data.feedbackOf("石龙区科学技术协会");
        long chen = responsible.get("/api/v1/me").json().get("id").asLong();
        long wang = leader.get("/api/v1/me").json().get("id").asLong();
        long department = id(office, "/api/v1/org-units", "name", "区科协办公室");
        long problem = data.problem(feedback, Map.of("title", "关于会议记录不规范的问题", "rectificationType", type,
                "deadline", "2027-06-30", "responsibleLeaderId", wang, "responsibleUnitIds", List.of(department),
                "responsibleUserIds", List.of(chen)));
        long measure = coordinator.post("/api/v1/problems/" + problem + "/measures", """
                {"text":"规范会议记录格式","responsibleUserId":%d}""".formatted(chen)).json().get("id").asLong();
        return new long[] {problem, measure, feedback.inspectionId()};
    }

    public Response act(ApiClient client, long problem, String json) {
        return client.post("/api/v1/problems/" + problem + "/transitions", json);
    }

    public String status(long problem) {
        return office.get("/api/v1/problems/" + problem).json().get("status").asString();
    }

    /** Marks the measure done and files progress with a photo; answers the photo's attachment id. */
    public long finishWithEvidence(long problem, long measure) {
        JsonNode m = responsible.get("/api/v1/problems/" + problem).json().get("measures").get(0);
        assertThat(responsible.patch("/api/v1/measures/" + measure, """
                {"version":%d,"status":"DONE","completedOn":"2026-11-20"}""".formatted(m.get("version").asLong()))
                .status()).isEqualTo(200);
        Response filed = responsible.postMultipart("/api/v1/measures/" + measure + "/progress",
                Map.of("text", "会议记录已按新格式整理"), List.of(new FilePart("files", "记录.png", TestFiles.png())));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("attachments").get(0).get("id").asLong();
    }

    public long approvedPlan(String type) {
        long[] p = plannedProblem(type);
        assertThat(act(coordinator, p[0], "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        assertThat(act(office, p[0], "{\"action\":\"APPROVE_PLAN\"}").status()).isEqualTo(200);
        return p[0];
    }

    /** A problem taken through the whole lifecycle to CLOSED: plan approved, measure done with evidence, closed. */
    public long closedProblem() {
        long[] p = plannedProblem("TIME_LIMITED");
        assertThat(act(coordinator, p[0], "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        assertThat(act(office, p[0], "{\"action\":\"APPROVE_PLAN\"}").status()).isEqualTo(200);
        long photo = finishWithEvidence(p[0], p[1]);
        assertThat(act(coordinator, p[0], """
                {"action":"REQUEST_CLOSURE","summary":"已整改到位","attachmentIds":[%d]}""".formatted(photo)).status())
                .isEqualTo(200);
        assertThat(act(leader, p[0], "{\"action\":\"APPROVE\"}").status()).isEqualTo(200);
        Response closed = act(office, p[0], "{\"action\":\"APPROVE\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(status(p[0])).isEqualTo("CLOSED");
        return p[0];
    }

    /** A new account in the named unit holding these roles, signed in with its own password. */
    public ApiClient userWithRoles(String unitName, Set<String> roles) {
        ApiClient sys = anonymous.signIn(SYSTEM_ADMIN, PASSWORD);
        String username = "t." + UUID.randomUUID().toString().substring(0, 8);
        long unit = id(office, "/api/v1/org-units", "name", unitName);
        Response created = sys.post("/api/v1/users", """
                {"username":"%s","displayName":"王测试","orgUnitId":%d}""".formatted(username, unit));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String password = created.json().get("initialPassword").asString();
        Response granted = anonymous.signIn(SECURITY_ADMIN, PASSWORD).put("/api/v1/users/"
                + created.json().get("user").get("id").asLong() + "/roles", "{\"roles\":[\"%s\"]}"
                .formatted(String.join("\",\"", roles)));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        anonymous.basic(username, password).put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"Own-Password-7x"}""".formatted(password));
        return anonymous.signIn(username, "Own-Password-7x");
    }
}
