package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.ApiClient.Response;
import rectify.support.LifecycleFlows;

/**
 * 三员分立 and sign-in, attacked: no administrator takes over another's account or switches it off; a move that
 * widens a person's scope waits for the security administrator; parallel guesses cannot pass the limit and never
 * answer 500; a lock stops that address's passwords, not tokens and not other addresses; tokens are minted only
 * with a password, expire by default and die with a password change; common, over-long and recent passwords are
 * refused with a sentence.
 */
abstract class AccountsContract extends rectify.support.ApiTest {

    LifecycleFlows flows;
    ApiClient sys;

    @BeforeEach
    void clients() {
        flows = new LifecycleFlows(anonymous);
        sys = anonymous.signIn(SYSTEM_ADMIN, PASSWORD);
    }

    long accountId(String username) {
        for (JsonNode user : sys.get("/api/v1/users?q=" + username).json().get("content")) {
            if (user.get("username").asString().equals(username)) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError(username);
    }

    /** A new business user of the science association with its own password; answers {username, password}. */
    String[] newUser() {
        ApiClient user = flows.userWithRoles("石龙区科学技术协会", Set.of("RESPONSIBLE"));
        return new String[] {user.get("/api/v1/me").json().get("username").asString(), "Own-Password-7x"};
    }

    @Test
    void theSystemAdministratorCannotTakeOverOrSwitchOffAnotherAdministrator() {
        for (String admin : List.of(SECURITY_ADMIN, AUDIT_ADMIN)) {
            long id = accountId(admin);
            Response reset = sys.post("/api/v1/users/" + id + "/password-reset", "{}");
            assertThat(reset.status()).isEqualTo(403);
            assertThat(reset.message()).contains("reset-password");
            assertThat(reset.body()).doesNotContain("password\":");
            JsonNode user = sys.get("/api/v1/users/" + id).json();
            Response disabled = sys.put("/api/v1/users/" + id, """
                    {"displayName":"%s","orgUnitId":%s,"enabled":false,"version":%d}""".formatted(
                    user.get("displayName").asString(), user.get("orgUnitId"), user.get("version").asLong()));
            assertThat(disabled.status()).isEqualTo(403);
            assertThat(sys.get("/api/v1/users/" + id).json().get("enabled").asBoolean()).isTrue();
        }
        // the administrators still sign in with their own passwords
        assertThat(anonymous.basic(SECURITY_ADMIN, PASSWORD).post("/api/v1/tokens", "{\"name\":\"x\"}").status())
                .isEqualTo(201);
        // a business user's reset still works, and the one-time password must be changed first
        String[] user = newUser();
        Response reset = sys.post("/api/v1/users/" + accountId(user[0]) + "/password-reset", "{}");
        assertThat(reset.status()).isEqualTo(200);
        String once = reset.json().get("password").asString();
        assertThat(anonymous.basic(user[0], once).post("/api/v1/tokens", "{\"name\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void aMoveThatWidensAPersonsScopeSuspendsTheirBusinessRolesUntilTheSecurityAdministratorGrantsThem() {
        String[] user = newUser();
        long id = accountId(user[0]);
        JsonNode before = sys.get("/api/v1/users/" + id).json();
        long office = flows.id(flows.office, "/api/v1/org-units", "name", "中共石龙区委巡察工作领导小组办公室");
        Response moved = sys.put("/api/v1/users/" + id, """
                {"displayName":"%s","orgUnitId":%d,"enabled":true,"version":%d}""".formatted(
                before.get("displayName").asString(), office, before.get("version").asLong()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("roles")).isEmpty();
        ApiClient mover = anonymous.signIn(user[0], user[1]);
        assertThat(mover.get("/api/v1/problems?size=1").status()).as("no business role until granted again")
                .isEqualTo(403);
    }

    @Test
    void parallelGuessesCannotPassTheLimitAndALockStopsOnlyPasswordsFromThatAddress() throws Exception {
        String[] user = newUser();
        ApiClient withToken = anonymous.signIn(user[0], user[1]);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String guess = "Wrong-Guess-" + i;
            guesses.add(() -> anonymous.basic(user[0], guess).post("/api/v1/tokens", "{\"name\":\"g\"}").status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(guesses)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).as("every guess refused, none answered 500").containsOnly(401);
        // the right password from the same address is now refused too: the limit held
        assertThat(anonymous.basic(user[0], user[1]).post("/api/v1/tokens", "{\"name\":\"x\"}").status())
                .isEqualTo(401);
        assertThat(sys.get("/api/v1/users/" + accountId(user[0])).json().get("locked").asBoolean()).isTrue();
        // a token made before keeps working
        assertThat(withToken.get("/api/v1/me").status()).isEqualTo(200);
        // the administrator unlocks
        assertThat(sys.post("/api/v1/users/" + accountId(user[0]) + "/unlock", "{}").status()).isEqualTo(200);
        assertThat(anonymous.basic(user[0], user[1]).post("/api/v1/tokens", "{\"name\":\"x\"}").status())
                .isEqualTo(201);
    }

    @Test
    void tokensAreMintedOnlyWithAPasswordExpireByDefaultAndDieWithAPasswordChange() {
        String[] user = newUser();
        Response minted = anonymous.basic(user[0], user[1]).post("/api/v1/tokens", "{\"name\":\"ci\"}");
        assertThat(minted.status()).isEqualTo(201);
        assertThat(minted.json().get("expiresOn").isNull()).as("expires by default").isFalse();
        ApiClient token = anonymous.bearer(minted.json().get("token").asString());
        Response again = token.post("/api/v1/tokens", "{\"name\":\"another\"}");
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.message()).contains("密码");
        Response changed = anonymous.basic(user[0], user[1]).put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"Brand-New-Secret-9"}""".formatted(user[1]));
        assertThat(changed.status()).as(changed.toString()).isIn(200, 204);
        assertThat(token.get("/api/v1/me").status()).as("the old token died with the old password").isEqualTo(401);
    }

    @Test
    void aTokenStandsForItsOwnerWithTheirRolesUntilItIsRevokedOrTheAccountSwitchedOff() {
        String[] user = newUser();
        Response first = anonymous.basic(user[0], user[1]).post("/api/v1/tokens", "{\"name\":\"first\"}");
        Response second = anonymous.basic(user[0], user[1]).post("/api/v1/tokens", "{\"name\":\"second\"}");
        ApiClient revoked = anonymous.bearer(first.json().get("token").asString());
        ApiClient kept = anonymous.bearer(second.json().get("token").asString());
        JsonNode me = revoked.get("/api/v1/me").json();
        assertThat(me.get("username").asString()).isEqualTo(user[0]);
        assertThat(me.get("roles").toString()).isEqualTo("[\"RESPONSIBLE\"]");
        assertThat(me.get("orgUnitName").asString()).isEqualTo("石龙区科学技术协会");
        String both = flows.userWithRoles("石龙区科学技术协会", Set.of("RESPONSIBLE", "UNIT_LEADER"))
                .get("/api/v1/me").json().get("username").asString();
        ApiClient bothRoles = anonymous.bearer(anonymous.basic(both, "Own-Password-7x")
                .post("/api/v1/tokens", "{\"name\":\"both\"}").json().get("token").asString());
        assertThat(bothRoles.get("/api/v1/me").json().get("roles").toString()).as("every role of the owner")
                .contains("\"RESPONSIBLE\"").contains("\"UNIT_LEADER\"");
        for (JsonNode token : kept.get("/api/v1/tokens").json()) {
            assertThat(token.get("lastUsedAt").isNull()).as("both were used: " + token).isFalse();
        }

        assertThat(kept.delete("/api/v1/tokens/" + first.json().get("id").asLong()).status()).isIn(200, 204);
        assertThat(revoked.get("/api/v1/me").status()).as("a revoked token").isEqualTo(401);
        assertThat(kept.get("/api/v1/me").status()).as("the owner's other token").isEqualTo(200);

        long id = accountId(user[0]);
        JsonNode account = sys.get("/api/v1/users/" + id).json();
        Response off = sys.put("/api/v1/users/" + id, """
                {"displayName":"%s","orgUnitId":%s,"enabled":false,"version":%d}""".formatted(
                account.get("displayName").asString(), account.get("orgUnitId"), account.get("version").asLong()));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(kept.get("/api/v1/me").status()).as("the token of an account switched off").isEqualTo(401);
    }

    @Test
    void commonOverLongAndRecentPasswordsAreRefusedWithASentence() {
        String[] user = newUser();
        ApiClient me = anonymous.basic(user[0], user[1]);
        for (String bad : List.of("Qwerty123!", "Password2024!", "P@ssw0rd2026", "Abc12345678!")) {
            Response refused = me.put("/api/v1/me/password", """
                    {"oldPassword":"%s","newPassword":"%s"}""".formatted(user[1], bad));
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.message()).as(bad).contains("常见");
        }
        Response tooLong = me.put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"%s"}""".formatted(user[1], "Aa1!" + "长".repeat(30)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.message()).contains("字节");
        assertThat(me.put("/api/v1/me/password", """
                {"oldPassword":"%s","newPassword":"Second-Secret-88"}""".formatted(user[1])).status()).isIn(200, 204);
        Response back = anonymous.basic(user[0], "Second-Secret-88").put("/api/v1/me/password", """
                {"oldPassword":"Second-Secret-88","newPassword":"%s"}""".formatted(user[1]));
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.message()).contains("最近");
    }
}
