package rectify.org;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiClient.Response;

/**
 * The API of the foundation, as other systems use it: tokens, roles, scope, separation of duties, lockout,
 * optimistic versions, audit. Runs on H2 and, when configured, on PostgreSQL.
 */
abstract class OrgApiContract extends rectify.support.ApiTest {

    List<String> unitNames(ApiClient client) {
        List<String> names = new ArrayList<>();
        client.get("/api/v1/org-units").json().forEach(u -> names.add(u.get("name").asString()));
        return names;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an account as the system administrator; answers its id and generated first password. */
    String[] createAccount(String username, Long unitId) {
        Response created = as(SYSTEM_ADMIN).post("/api/v1/users", """
                {"username":"%s","displayName":"测试用户","orgUnitId":%s}""".formatted(username, unitId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new String[] {created.json().get("user").get("id").asString(),
                created.json().get("initialPassword").asString()};
    }

    @Test
    void noTokenGets401InChinese() {
        Response response = anonymous.get("/api/v1/org-units");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isEqualTo("unauthorized");
        assertThat(response.message()).contains("访问令牌");
    }

    @Test
    void unknownTokenGets401() {
        Response response = anonymous.bearer("rct_doesnotexist").get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.message()).contains("无效");
    }

    @Test
    void basicCredentialsOnlyGetATokenNotData() {
        assertThat(anonymous.basic(KEXIE_COORDINATOR, PASSWORD).get("/api/v1/org-units").status()).isEqualTo(401);
    }

    @Test
    void tokenWorksUntilRevoked() {
        Response created = anonymous.basic(KEXIE_COORDINATOR, PASSWORD).post("/api/v1/tokens", """
                {"name":"同步脚本"}""");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        long id = created.json().get("id").asLong();
        ApiClient client = anonymous.bearer(token);

        assertThat(client.get("/api/v1/me").json().get("username").asString()).isEqualTo(KEXIE_COORDINATOR);
        JsonNode listed = client.get("/api/v1/tokens").json();
        assertThat(listed.toString()).contains("同步脚本").doesNotContain(token);

        assertThat(client.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        Response created = anonymous.basic(KEXIE_COORDINATOR, PASSWORD).post("/api/v1/tokens", "{\"name\":\"a\"}");
        long id = created.json().get("id").asLong();
        assertThat(as(EDUCATION_COORDINATOR).delete("/api/v1/tokens/" + id).status()).isEqualTo(404);
        assertThat(anonymous.bearer(created.json().get("token").asString()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void wrongRoleGets403() {
        ApiClient coordinator = as(KEXIE_COORDINATOR);
        assertThat(coordinator.post("/api/v1/org-units", """
                {"name":"新机构","kind":"UNIT"}""").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/audit-events").status()).isEqualTo(403);
        assertThat(as(SYSTEM_ADMIN).get("/api/v1/audit-events").status()).isEqualTo(403);
        assertThat(as(SYSTEM_ADMIN).put("/api/v1/users/1/roles", "{\"roles\":[]}").status()).isEqualTo(403);
        Response audit = as(AUDIT_ADMIN).get("/api/v1/org-units");
        assertThat(audit.status()).isEqualTo(403);
        assertThat(audit.json().get("error").asString()).isEqualTo("forbidden");
        assertThat(audit.message()).isEqualTo("您的角色无权进行此操作。");
    }

    @Test
    void anotherUnitsDataIs404() {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        ApiClient office = as(INSPECTION_OFFICE);
        long education = unitId(office, "石龙区教育体育局");
        long kexieUnit = unitId(office, "石龙区科学技术协会");

        assertThat(kexie.get("/api/v1/org-units/" + education).status()).isEqualTo(404);
        assertThat(kexie.get("/api/v1/org-units/" + kexieUnit).status()).isEqualTo(200);
        assertThat(unitNames(kexie)).contains("石龙区科学技术协会", "区科协科普部").doesNotContain("石龙区教育体育局", "中共石龙区委员会");
        assertThat(as(EDUCATION_COORDINATOR).get("/api/v1/org-units/" + kexieUnit).status()).isEqualTo(404);
        assertThat(kexie.get("/api/v1/org-units/999999").status()).isEqualTo(404);
    }

    @Test
    void departmentStaffSeeTheirWholeUnit() {
        assertThat(unitNames(as(KEXIE_RESPONSIBLE))).contains("石龙区科学技术协会", "区科协办公室")
                .doesNotContain("石龙区教育体育局");
    }

    @Test
    void inspectionOfficeAndOversightSeeTheWholeCommittee() {
        assertThat(unitNames(as(INSPECTION_OFFICE))).contains("中共石龙区委员会", "石龙区科学技术协会", "石龙区教育体育局");
        assertThat(unitNames(as(OVERSIGHT))).contains("石龙区科学技术协会", "石龙区教育体育局");
    }

    @Test
    void adminCreatedAccountMustChangePasswordBeforeAToken() {
        ApiClient admin = as(SYSTEM_ADMIN);
        String username = unique("u");
        String[] account = createAccount(username, unitId(admin, "石龙区卫生健康委员会"));
        String first = account[1];

        Response refused = anonymous.basic(username, first).post("/api/v1/tokens", "{\"name\":\"x\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.message()).contains("修改密码");

        Response weak = anonymous.basic(username, first).put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"short"}""".formatted(first));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.message()).contains("至少 10 位");

        assertThat(anonymous.basic(username, first).put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"Better-Passw0rd"}""".formatted(first)).status()).isEqualTo(204);
        assertThat(anonymous.basic(username, "Better-Passw0rd").post("/api/v1/tokens", "{\"name\":\"x\"}").status())
                .isEqualTo(201);
    }

    @Test
    void builtInAdministratorsStartWithTheConfiguredPasswordAndMustChangeIt() {
        Response refused = anonymous.basic("sysadmin", INITIAL_ADMIN_PASSWORD).post("/api/v1/tokens", "{\"name\":\"x\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(anonymous.basic("sysadmin", "demo-password").post("/api/v1/tokens", "{\"name\":\"x\"}").status())
                .isEqualTo(401);
    }

    @Test
    void lockedAccountCannotSignIn() {
        ApiClient admin = as(SYSTEM_ADMIN);
        String username = unique("lock");
        String[] account = createAccount(username, unitId(admin, "石龙区卫生健康委员会"));
        anonymous.basic(username, account[1]).put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"Right-Passw0rd"}""".formatted(account[1]));

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(anonymous.basic(username, "Wrong-Passw0rd").post("/api/v1/tokens", "{\"name\":\"x\"}").status())
                    .isEqualTo(401);
        }
        Response locked = anonymous.basic(username, "Right-Passw0rd").post("/api/v1/tokens", "{\"name\":\"x\"}");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.message()).contains("锁定");
        assertThat(admin.get("/api/v1/users/" + account[0]).json().get("locked").asBoolean()).isTrue();

        assertThat(admin.post("/api/v1/users/" + account[0] + "/unlock", "").status()).isEqualTo(200);
        assertThat(anonymous.basic(username, "Right-Passw0rd").post("/api/v1/tokens", "{\"name\":\"x\"}").status())
                .isEqualTo(201);
    }

    @Test
    void separationOfDutiesRefusesWhatItMust() {
        ApiClient admin = as(SYSTEM_ADMIN);
        ApiClient security = as(SECURITY_ADMIN);
        String[] account = createAccount(unique("sod"), unitId(admin, "石龙区科学技术协会"));
        String roles = "/api/v1/users/" + account[0] + "/roles";

        Response twoAdmins = security.put(roles, "{\"roles\":[\"SYSTEM_ADMIN\",\"AUDIT_ADMIN\"]}");
        assertThat(twoAdmins.status()).isEqualTo(422);
        assertThat(twoAdmins.message()).contains("三员分立");
        Response adminAndBusiness = security.put(roles, "{\"roles\":[\"SECURITY_ADMIN\",\"UNIT_COORDINATOR\"]}");
        assertThat(adminAndBusiness.status()).isEqualTo(422);
        assertThat(adminAndBusiness.message()).contains("业务角色");

        long securityId = security.get("/api/v1/me").json().get("id").asLong();
        assertThat(security.put("/api/v1/users/" + securityId + "/roles", "{\"roles\":[]}").status()).isEqualTo(422);

        long builtIn = findUser(security, "sysadmin");
        assertThat(security.put("/api/v1/users/" + builtIn + "/roles", "{\"roles\":[\"AUDIT_ADMIN\"]}").status())
                .isEqualTo(422);

        Response granted = security.put(roles, "{\"roles\":[\"UNIT_COORDINATOR\",\"RESPONSIBLE\"]}");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().get("roles").toString()).contains("UNIT_COORDINATOR", "RESPONSIBLE");
    }

    long findUser(ApiClient client, String username) {
        for (JsonNode user : client.get("/api/v1/users?q=" + username).json().get("content")) {
            if (user.get("username").asString().equals(username)) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError("No user " + username);
    }

    @Test
    void usersCanBeListedByRole() {
        Response coordinators = as(SECURITY_ADMIN).get("/api/v1/users?role=UNIT_COORDINATOR");
        assertThat(coordinators.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        coordinators.json().get("content").forEach(u -> names.add(u.get("username").asString()));
        assertThat(names).contains(KEXIE_COORDINATOR, EDUCATION_COORDINATOR).doesNotContain(KEXIE_LEADER);
        assertThat(coordinators.json().get("totalElements").asLong()).isGreaterThanOrEqualTo(2);

        long kexie = unitId(as(SYSTEM_ADMIN), "石龙区科学技术协会");
        List<String> inKexie = new ArrayList<>();
        as(SYSTEM_ADMIN).get("/api/v1/users?orgUnitId=" + kexie).json().get("content")
                .forEach(u -> inKexie.add(u.get("username").asString()));
        assertThat(inKexie).contains(KEXIE_COORDINATOR, KEXIE_LEADER, KEXIE_RESPONSIBLE).doesNotContain(EDUCATION_COORDINATOR);
        assertThat(as(SYSTEM_ADMIN).get("/api/v1/users?q=" + java.net.URLEncoder.encode("陈晓",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("content").get(0).get("username").asString())
                .isEqualTo(KEXIE_RESPONSIBLE);
    }

    @Test
    void staleEditGets409AndChangesNothing() {
        ApiClient admin = as(SYSTEM_ADMIN);
        long parent = unitId(admin, "石龙区市场监督管理局");
        Response created = admin.post("/api/v1/org-units", """
                {"parentId":%d,"name":"%s","kind":"DEPARTMENT"}""".formatted(parent, unique("科室")));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();

        assertThat(admin.put("/api/v1/org-units/" + id, """
                {"parentId":%d,"name":"第一次修改","kind":"DEPARTMENT","version":%d}""".formatted(parent, version))
                .status()).isEqualTo(200);
        Response stale = admin.put("/api/v1/org-units/" + id, """
                {"parentId":%d,"name":"第二次修改","kind":"DEPARTMENT","version":%d}""".formatted(parent, version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.message()).contains("已被他人修改");
        assertThat(admin.get("/api/v1/org-units/" + id).json().get("name").asString()).isEqualTo("第一次修改");
    }

    @Test
    void badInputGetsOneClearSentence() {
        ApiClient admin = as(SYSTEM_ADMIN);
        Response missingName = admin.post("/api/v1/org-units", "{\"kind\":\"UNIT\"}");
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.json().get("fields").get("name").asString()).isEqualTo("必须填写");
        Response broken = admin.post("/api/v1/org-units", "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.message()).contains("格式");
        Response badKind = admin.post("/api/v1/org-units", "{\"name\":\"x\",\"kind\":\"PLANET\"}");
        assertThat(badKind.status()).isEqualTo(400);
        long unit = unitId(admin, "石龙区科学技术协会");
        Response hasChildren = admin.delete("/api/v1/org-units/" + unit + "?version=0");
        assertThat(hasChildren.status()).isIn(409);
    }

    @Test
    void movingAUnitMovesItsSubtree() {
        ApiClient admin = as(SYSTEM_ADMIN);
        long market = unitId(admin, "石龙区市场监督管理局");
        long health = unitId(admin, "石龙区卫生健康委员会");
        Response parent = admin.post("/api/v1/org-units", """
                {"parentId":%d,"name":"%s","kind":"DEPARTMENT"}""".formatted(market, unique("股室")));
        long parentId = parent.json().get("id").asLong();
        String childName = unique("小组");
        admin.post("/api/v1/org-units", """
                {"parentId":%d,"name":"%s","kind":"DEPARTMENT"}""".formatted(parentId, childName));

        Response moved = admin.put("/api/v1/org-units/" + parentId, """
                {"parentId":%d,"name":"%s","kind":"DEPARTMENT","version":%d}""".formatted(health,
                parent.json().get("name").asString(), parent.json().get("version").asLong()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        String username = unique("hw");
        String[] healthUser = createAccount(username, health);
        as(SECURITY_ADMIN).put("/api/v1/users/" + healthUser[0] + "/roles", "{\"roles\":[\"UNIT_COORDINATOR\"]}");
        anonymous.basic(username, healthUser[1]).put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"Health-Passw0rd"}""".formatted(healthUser[1]));
        assertThat(unitNames(anonymous.signIn(username, "Health-Passw0rd"))).contains(childName);
        Response cycle = admin.put("/api/v1/org-units/" + health, """
                {"parentId":%d,"name":"石龙区卫生健康委员会","kind":"UNIT","version":%d}""".formatted(parentId,
                admin.get("/api/v1/org-units/" + health).json().get("version").asLong()));
        assertThat(cycle.status()).isEqualTo(422);
    }

    @Test
    void changesAndSignInsAreAudited() {
        ApiClient admin = as(SYSTEM_ADMIN);
        String name = unique("审计样本");
        admin.post("/api/v1/org-units", """
                {"parentId":%d,"name":"%s","kind":"DEPARTMENT"}""".formatted(unitId(admin, "石龙区市场监督管理局"), name));
        anonymous.basic(KEXIE_LEADER, "not-the-password").post("/api/v1/tokens", "{\"name\":\"x\"}");

        ApiClient auditor = as(AUDIT_ADMIN);
        JsonNode created = auditor.get("/api/v1/audit-events?entityType=OrgUnit&action=CREATE&q=" +
                java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).json().get("content");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("actor").asString()).isEqualTo(SYSTEM_ADMIN);
        assertThat(created.get(0).get("summary").asString()).contains(name);
        // who did what to which object; the business content only where the settings say so
        assertThat(created.get(0).get("after").isNull()).isTrue();
        assertThat(created.get(0).get("ip").asString()).isNotBlank();

        JsonNode failures = auditor.get("/api/v1/audit-events?action=SIGN_IN_FAILED&actor=" + KEXIE_LEADER).json()
                .get("content");
        assertThat(failures.size()).isGreaterThanOrEqualTo(1);
        JsonNode signIns = auditor.get("/api/v1/audit-events?action=SIGN_IN&actor=" + AUDIT_ADMIN).json().get("content");
        assertThat(signIns.size()).isGreaterThanOrEqualTo(1);
    }
}
