package rectify.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import rectify.RectifyApplication;
import rectify.support.ApiClient;
import rectify.support.HttpStub;
import rectify.support.TestClock;

/**
 * The daily reminders on a clock set to chosen days: each warning level and each escalation step, one digest per
 * person per day (also with two application instances sharing the database), nothing outside a recipient's scope,
 * never an empty digest, e-mail through GreenMail and group robots through a local HTTP stub, retries of a failed
 * robot that hold up nothing else.
 */
abstract class ReminderContract extends rectify.support.ApiTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);
    /** GreenMail's test SMTP port (3025), as the application's spring.mail.port. */
    static final String MAIL_PORT_TEXT = "3025";

    /** Each test runs on days of its own, far after the demo data, so the job has not yet run on them. */
    private static final AtomicInteger DAYS = new AtomicInteger();
    private static final LocalDate FIRST_DAY = LocalDate.now().plusYears(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> BUSINESS_USERS = List.of(INSPECTION_OFFICE, KEXIE_COORDINATOR, KEXIE_LEADER,
            KEXIE_RESPONSIBLE, "kx.zhou", EDUCATION_COORDINATOR, "jt.he", "jt.qian", OVERSIGHT);

    static HttpStub robots;

    @Autowired
    Environment environment;
    @Autowired
    Reminders reminders;
    @Autowired
    Deliveries deliveries;
    @Autowired
    JdbcClient jdbc;

    ApiClient office;
    ApiClient admin;
    final Map<String, ApiClient> clients = new HashMap<>();

    @BeforeAll
    static void startRobots() throws IOException {
        robots = new HttpStub();
    }

    @AfterAll
    static void stopRobots() {
        robots.close();
        TestClock.INSTANCE.setDay(LocalDate.now());
    }

    @BeforeEach
    void clients() {
        office = as(INSPECTION_OFFICE);
        admin = as(SYSTEM_ADMIN);
    }

    ApiClient client(String username) {
        return clients.computeIfAbsent(username, this::as);
    }

    LocalDate newDay() {
        LocalDate day = FIRST_DAY.plusDays(10L * DAYS.getAndIncrement());
        TestClock.INSTANCE.setDay(day);
        return day;
    }

    long id(ApiClient client, String path, String field, String value) {
        for (JsonNode node : client.get(path).json()) {
            if (node.get(field).asString().equals(value)) {
                return node.get("id").asLong();
            }
        }
        throw new AssertionError("not found: " + value);
    }

    long inspection(String unitName) {
        long unit = id(office, "/api/v1/org-units", "name", unitName);
        return office.post("/api/v1/inspections", """
                {"source":"INSPECTION","kind":"SPECIAL","targetUnitId":%d,"title":"%s"}"""
                .formatted(unit, "提醒测试" + UUID.randomUUID())).json().get("id").asLong();
    }

    long problem(long inspection, String title, LocalDate deadline, String leader, String... people) {
        long category = office.post("/api/v1/inspections/" + inspection + "/categories", "{\"title\":\"作风建设\"}")
                .json().get("id").asLong();
        List<String> ids = new ArrayList<>();
        for (String person : people) {
            ids.add(String.valueOf(userId(person)));
        }
        ApiClient.Response created = office.post("/api/v1/inspections/" + inspection + "/problems", """
                {"categoryId":%d,"title":"%s","rectificationType":"TIME_LIMITED","deadline":"%s",
                 "responsibleLeaderId":%s,"responsibleUserIds":[%s]}""".formatted(category, title, deadline,
                leader == null ? "null" : String.valueOf(userId(leader)), String.join(",", ids)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    Reminders.Result runJob() {
        ApiClient.Response run = admin.post("/api/v1/admin/jobs/reminders/run", "{}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode body = run.json();
        return new Reminders.Result(LocalDate.parse(body.get("day").asString()), body.get("ran").asBoolean(),
                body.get("recipients").asInt(), body.get("items").asInt(), body.get("delivered").asInt());
    }

    /** The person's digests of that day (there must be at most one). */
    List<JsonNode> digests(String username, LocalDate day) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : client(username).get("/api/v1/notifications?size=100").json().get("content")) {
            if (n.get("kind").asString().equals("DIGEST") && n.get("digestDay").asString().equals(day.toString())) {
                found.add(n);
            }
        }
        return found;
    }

    /** The sections in which the person's digest of that day lists a link ("OVERDUE", "WARN"…). */
    List<String> sectionsOf(String username, LocalDate day, String link) {
        List<String> sections = new ArrayList<>();
        for (JsonNode digest : digests(username, day)) {
            for (JsonNode item : digest.get("items")) {
                if (link.equals(item.get("link").asString())) {
                    sections.add(item.get("section").asString());
                }
            }
        }
        return sections;
    }

    @Test
    void eachLevelReachesItsPeopleAndNoOneElse() {
        LocalDate day = newDay();
        long inspection = inspection("石龙区科学技术协会");
        long remind = problem(inspection, "关于绿色提醒的问题", day.plusDays(15), "kx.zhou", KEXIE_RESPONSIBLE);
        long warn = problem(inspection, "关于黄色预警的问题", day.plusDays(5), "kx.zhou", KEXIE_RESPONSIBLE);
        long overdue = problem(inspection, "关于已经逾期的问题", day.minusDays(1), "kx.zhou", KEXIE_RESPONSIBLE);
        long normal = problem(inspection, "关于时间尚早的问题", day.plusDays(60), KEXIE_LEADER, KEXIE_RESPONSIBLE);
        ApiClient.Response measure = client(KEXIE_COORDINATOR).post("/api/v1/problems/" + normal + "/measures", """
                {"text":"建立学会换届提醒制度","responsibleUserId":%d,"deadline":"%s"}"""
                .formatted(userId("kx.zhou"), day.plusDays(3)));
        assertThat(measure.status()).as(measure.body()).isEqualTo(201);
        long later = problem(inspection, "关于措施逾期的问题", day.plusDays(60), "kx.zhou", KEXIE_RESPONSIBLE);
        ApiClient.Response lateMeasure = client(KEXIE_COORDINATOR).post("/api/v1/problems/" + later + "/measures", """
                {"text":"补齐会议记录","responsibleUserId":%d,"deadline":"%s"}"""
                .formatted(userId(KEXIE_RESPONSIBLE), day.minusDays(1)));
        assertThat(lateMeasure.status()).as(lateMeasure.body()).isEqualTo(201);

        Reminders.Result result = runJob();

        assertThat(result.ran()).isTrue();
        assertThat(result.day()).isEqualTo(day);
        String remindLink = "/problems/" + remind;
        String warnLink = "/problems/" + warn;
        String overdueLink = "/problems/" + overdue;
        String measureLink = "/problems/" + normal;
        // REMIND: the responsible person only
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, day, remindLink)).containsExactly("REMIND");
        assertThat(sectionsOf("kx.zhou", day, remindLink)).isEmpty();
        assertThat(sectionsOf(KEXIE_LEADER, day, remindLink)).isEmpty();
        assertThat(sectionsOf(INSPECTION_OFFICE, day, remindLink)).isEmpty();
        // WARN: also the responsible leader
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, day, warnLink)).containsExactly("WARN");
        assertThat(sectionsOf("kx.zhou", day, warnLink)).containsExactly("WARN");
        assertThat(sectionsOf(KEXIE_LEADER, day, warnLink)).isEmpty();
        assertThat(sectionsOf(INSPECTION_OFFICE, day, warnLink)).isEmpty();
        // OVERDUE: also the unit's principal and the inspection office
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, day, overdueLink)).containsExactly("OVERDUE");
        assertThat(sectionsOf("kx.zhou", day, overdueLink)).containsExactly("OVERDUE");
        assertThat(sectionsOf(KEXIE_LEADER, day, overdueLink)).containsExactly("OVERDUE");
        assertThat(sectionsOf(INSPECTION_OFFICE, day, overdueLink)).containsExactly("OVERDUE");
        // a measure warns on its own deadline: its assignee and the problem's leader hear, the problem's person not
        assertThat(sectionsOf("kx.zhou", day, measureLink)).containsExactly("WARN");
        assertThat(sectionsOf(KEXIE_LEADER, day, measureLink)).containsExactly("WARN");
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, day, measureLink)).isEmpty();
        JsonNode measureItem = digests("kx.zhou", day).get(0).get("items").valueStream()
                .filter(item -> measureLink.equals(item.get("link").asString())).findFirst().orElseThrow();
        assertThat(measureItem.get("title").asString()).matches("问题\\d+·措施1：建立学会换届提醒制度");
        assertThat(measureItem.get("unitName").asString()).isEqualTo("石龙区科学技术协会");
        assertThat(measureItem.get("dueDate").asString()).isEqualTo(day.plusDays(3).toString());
        // an overdue measure reaches the unit's principal but not the office, which follows problems
        String lateLink = "/problems/" + later;
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, day, lateLink)).containsExactly("OVERDUE");
        assertThat(sectionsOf("kx.zhou", day, lateLink)).containsExactly("OVERDUE");
        assertThat(sectionsOf(KEXIE_LEADER, day, lateLink)).containsExactly("OVERDUE");
        assertThat(sectionsOf(INSPECTION_OFFICE, day, lateLink)).isEmpty();
        // nobody outside the unit, and not oversight, which is not in the escalation
        for (String outsider : List.of(EDUCATION_COORDINATOR, "jt.he", "jt.qian", OVERSIGHT, KEXIE_COORDINATOR)) {
            for (String link : List.of(remindLink, warnLink, overdueLink, measureLink)) {
                assertThat(sectionsOf(outsider, day, link)).as(outsider + " " + link).isEmpty();
            }
        }
        everyDigestIsInScopeAndNotEmpty(day);
    }

    /** Every item of every digest opens for its recipient, and no digest is empty. */
    void everyDigestIsInScopeAndNotEmpty(LocalDate day) {
        for (String username : BUSINESS_USERS) {
            ApiClient client = client(username);
            List<JsonNode> digests = digests(username, day);
            assertThat(digests).as(username).hasSizeLessThanOrEqualTo(1);
            for (JsonNode digest : digests) {
                assertThat(digest.get("items").size()).as(username + " empty digest").isPositive();
                for (JsonNode item : digest.get("items")) {
                    String link = item.get("link").asString();
                    String api = link.startsWith("/problems/") || link.startsWith("/supervision-orders/")
                            ? "/api/v1" + link : null;
                    if (api != null) {
                        assertThat(client.get(api).status()).as(username + " sees " + link).isEqualTo(200);
                    }
                }
            }
        }
        for (String admin : List.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN)) {
            assertThat(digests(admin, day)).as(admin).isEmpty();
        }
    }

    @Test
    void theOfficeAndLeadersAreToldWhatAwaitsTheirReview() {
        LocalDate day = newDay();
        runJob();
        // the demo's education inspection has a plan and an extension waiting for the office
        assertThat(digests(INSPECTION_OFFICE, day)).singleElement()
                .satisfies(d -> assertThat(d.get("items").findValuesAsString("section")).contains("REVIEW"));
        everyDigestIsInScopeAndNotEmpty(day);
    }

    @Test
    void anItemIsToldOnceAtALevelAndAgainWhenItsDeadlineOrAssigneeChanges() {
        LocalDate day = newDay();
        long inspection = inspection("石龙区科学技术协会");
        long warn = problem(inspection, "关于重新计算的问题", day.plusDays(5), null, KEXIE_RESPONSIBLE);
        String link = "/problems/" + warn;
        runJob();
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, day, link)).containsExactly("WARN");

        LocalDate next = day.plusDays(1);
        TestClock.INSTANCE.setDay(next);
        runJob();
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, next, link)).as("still WARN: not told again").isEmpty();

        LocalDate third = day.plusDays(2);
        TestClock.INSTANCE.setDay(third);
        long version = office.get("/api/v1/problems/" + warn).json().get("version").asLong();
        ApiClient.Response reassigned = office.patch("/api/v1/problems/" + warn, """
                {"version":%d,"responsibleUserIds":[%d],"deadline":"%s"}""".formatted(version, userId("kx.zhou"),
                third.plusDays(15)));
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        runJob();
        assertThat(sectionsOf("kx.zhou", third, link)).as("new assignee, new deadline").containsExactly("REMIND");
        assertThat(sectionsOf(KEXIE_RESPONSIBLE, third, link)).isEmpty();
    }

    @Test
    void aDayRunsOnceHoweverOftenItIsStarted() throws Exception {
        LocalDate day = newDay();
        Reminders.Result first = runJob();
        long digests = digestCount(day);
        Reminders.Result again = runJob();

        assertThat(first.ran()).isTrue();
        assertThat(again.ran()).isFalse();
        assertThat(digestCount(day)).isEqualTo(digests);
        JsonNode audited = client(AUDIT_ADMIN).get("/api/v1/audit-events?entityType=ReminderRun&entityId=" + day)
                .json().get("content");
        assertThat(audited).as("the run, once, by whom started it").hasSize(1);
        assertThat(audited.get(0).get("actor").asString()).isEqualTo(SYSTEM_ADMIN);

        LocalDate next = newDay();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reminders.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return runJob();
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<Reminders.Result> run : runs) {
                ran += run.get().ran() ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertNoSecondDigest(next);
    }

    @Test
    void twoInstancesSharingTheDatabaseSendOneDigestPerPerson() throws Exception {
        try (ConfigurableApplicationContext second = secondInstance()) {
            LocalDate day = newDay();
            Reminders other = second.getBean(Reminders.class);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                Future<Reminders.Result> here = pool.submit(() -> {
                    start.await();
                    return reminders.runToday("node-1");
                });
                Future<Reminders.Result> there = pool.submit(() -> {
                    start.await();
                    return other.runToday("node-2");
                });
                start.countDown();
                assertThat(List.of(here.get().ran(), there.get().ran())).containsExactlyInAnyOrder(true, false);
            } finally {
                pool.shutdownNow();
            }
            assertNoSecondDigest(day);
            assertThat(digestCount(day)).isPositive();
            assertThat(jdbc.sql("select count(*) from reminder_run where run_day = :day").param("day", day)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    /** The same application again, on the same database and clock, as a second node would run it. */
    ConfigurableApplicationContext secondInstance() {
        // as command-line arguments: they outrank the profiles' files, as the test's own dynamic properties do
        List<String> arguments = new ArrayList<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.datasource.hikari.schema", "spring.flyway.schemas", "spring.flyway.default-schema",
                "spring.jpa.properties.hibernate.default_schema", "spring.mail.host", "spring.mail.port")) {
            String value = environment.getProperty(key);
            if (value != null) {
                arguments.add("--" + key + "=" + value);
            }
        }
        arguments.add("--server.port=0");
        return new SpringApplicationBuilder(RectifyApplication.class, TestClock.Configuration.class)
                .profiles("demo", "test").run(arguments.toArray(String[]::new));
    }

    long digestCount(LocalDate day) {
        return jdbc.sql("select count(*) from notification where kind = 'DIGEST' and digest_day = :day")
                .param("day", day).query(Long.class).single();
    }

    void assertNoSecondDigest(LocalDate day) {
        assertThat(jdbc.sql("""
                        select count(*) from (select recipient_id from notification where kind = 'DIGEST'
                        and digest_day = :day group by recipient_id having count(*) > 1) twice""")
                .param("day", day).query(Long.class).single()).isZero();
    }

    @Test
    void digestsGoOutByMailAndRobotsAndAFailedRobotIsRetriedWithoutHoldingUpTheOthers() throws Exception {
        LocalDate day = newDay();
        String chenMail = "chen." + UUID.randomUUID().toString().substring(0, 8) + "@kexie.test";
        setEmail(KEXIE_RESPONSIBLE, chenMail);
        long inspection = inspection("石龙区科学技术协会");
        long overdue = problem(inspection, "关于推送渠道的问题", day.minusDays(2), null, KEXIE_RESPONSIBLE);
        long educationInspection = inspection("石龙区教育体育局");
        problem(educationInspection, "关于钉钉推送的问题", day.minusDays(2), null, "jt.qian");
        long wecom = robot("石龙区科学技术协会", "WECOM", robots.url("/wecom/" + day), null);
        long dingtalk = robot("石龙区教育体育局", "DINGTALK", robots.url("/dingtalk/" + day) + "?access_token=abc", "SECabc");
        robots.answer(r -> r.path().startsWith("/dingtalk/")
                ? "{\"errcode\":310000,\"errmsg\":\"sign not match\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}");
        try {
            runJob();

            // e-mail: one digest to the responsible person, with the overdue problem in it
            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(chenMail)) {
                    mine.add(message);
                }
            }
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).getSubject()).contains("整改提醒").contains("逾期");
            assertThat(GreenMailUtil.getBody(mine.get(0))).isNotBlank();
            assertThat(decoded(mine.get(0))).contains("关于推送渠道的问题");

            // 企业微信: the unit's items as markdown in its JSON
            List<HttpStub.Request> wecomCalls = robots.requests("/wecom/" + day);
            assertThat(wecomCalls).hasSize(1);
            JsonNode wecomBody = JSON.readTree(wecomCalls.get(0).body());
            assertThat(wecomBody.get("msgtype").asString()).isEqualTo("markdown");
            assertThat(wecomBody.get("markdown").get("content").asString()).contains("关于推送渠道的问题")
                    .doesNotContain("关于钉钉推送的问题");

            // 钉钉 refused: kept for a retry with its error, nothing else held up
            List<HttpStub.Request> dingtalkCalls = robots.requests("/dingtalk/" + day);
            assertThat(dingtalkCalls).hasSize(1);
            JsonNode failed = delivery("DINGTALK", day);
            assertThat(failed.get("status").asString()).isEqualTo("PENDING");
            assertThat(failed.get("attempts").asInt()).isEqualTo(1);
            assertThat(failed.get("lastError").asString()).contains("310000");
            assertThat(failed.get("target").asString()).doesNotContain("access_token");

            robots.answer(r -> "{\"errcode\":0,\"errmsg\":\"ok\"}");
            deliveries.sendDue();
            assertThat(robots.requests("/dingtalk/" + day)).as("not before its retry time").hasSize(1);
            TestClock.INSTANCE.advance(Duration.ofMinutes(2));
            deliveries.sendDue();

            dingtalkCalls = robots.requests("/dingtalk/" + day);
            assertThat(dingtalkCalls).hasSize(2);
            HttpStub.Request retried = dingtalkCalls.get(1);
            assertThat(retried.query()).contains("access_token=abc").contains("timestamp=").contains("sign=");
            JsonNode dingBody = JSON.readTree(retried.body());
            assertThat(dingBody.get("msgtype").asString()).isEqualTo("markdown");
            assertThat(dingBody.get("markdown").get("title").asString()).contains("整改提醒");
            assertThat(dingBody.get("markdown").get("text").asString()).contains("关于钉钉推送的问题")
                    .doesNotContain("关于推送渠道的问题");
            assertThat(delivery("DINGTALK", day).get("status").asString()).isEqualTo("SENT");
            assertThat(robots.requests("/wecom/" + day)).as("a sent message is not sent again").hasSize(1);
        } finally {
            removeRobot(wecom);
            removeRobot(dingtalk);
        }
    }

    @Test
    void anUnansweredSupervisionOrderWarnsTheUnit() {
        LocalDate day = newDay();
        long inspection = inspection("石龙区教育体育局");
        long problem = problem(inspection, "关于督办提醒的问题", day.plusDays(60), null, "jt.qian");
        ApiClient.Response order = office.post("/api/v1/supervision-orders", """
                {"unitId":%d,"problemIds":[%d],"content":"请加快整改进度。","replyBy":"%s","urgency":"URGE"}"""
                .formatted(id(office, "/api/v1/org-units", "name", "石龙区教育体育局"), problem, day.plusDays(3)));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        String link = "/supervision-orders/" + order.json().get("id").asLong();
        assertThat(order.json().get("warning").asString()).isEqualTo("WARN");

        runJob();

        assertThat(sectionsOf(EDUCATION_COORDINATOR, day, link)).containsExactly("WARN");
        assertThat(sectionsOf("jt.he", day, link)).containsExactly("WARN");
        assertThat(sectionsOf(INSPECTION_OFFICE, day, link)).isEmpty();
        assertThat(sectionsOf(KEXIE_COORDINATOR, day, link)).isEmpty();

        LocalDate late = day.plusDays(5);
        TestClock.INSTANCE.setDay(late);
        runJob();
        assertThat(sectionsOf(INSPECTION_OFFICE, late, link)).containsExactly("OVERDUE");
        assertThat(sectionsOf(EDUCATION_COORDINATOR, late, link)).containsExactly("OVERDUE");
        everyDigestIsInScopeAndNotEmpty(late);
    }

    @Test
    void anIssuedOrderIsMailedToTheUnitWithoutWaitingForTheRetry() throws Exception {
        LocalDate day = newDay();
        String zhaoMail = "zhao." + UUID.randomUUID().toString().substring(0, 8) + "@jiaoti.test";
        setEmail(EDUCATION_COORDINATOR, zhaoMail);
        long problem = problem(inspection("石龙区教育体育局"), "关于督办邮件的问题", day.plusDays(30), null, "jt.qian");
        ApiClient.Response order = office.post("/api/v1/supervision-orders", """
                {"unitId":%d,"problemIds":[%d],"content":"请于一周内报送整改落实情况。","replyBy":"%s","urgency":"LISTED"}"""
                .formatted(id(office, "/api/v1/org-units", "name", "石龙区教育体育局"), problem, day.plusDays(7)));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        String number = order.json().get("number").asString();

        MimeMessage found = null;
        for (int i = 0; i < 50 && found == null; i++) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(zhaoMail)) {
                    found = message;
                }
            }
            Thread.sleep(100);
        }
        assertThat(found).as("mailed within five seconds").isNotNull();
        assertThat(found.getSubject()).contains("挂牌督办").contains(number);
    }

    @Test
    void onlyTheSystemAdministratorRunsTheJob() {
        for (String username : List.of(INSPECTION_OFFICE, KEXIE_COORDINATOR, SECURITY_ADMIN, AUDIT_ADMIN)) {
            assertThat(client(username).post("/api/v1/admin/jobs/reminders/run", "{}").status()).as(username)
                    .isEqualTo(403);
        }
        assertThat(anonymous.post("/api/v1/admin/jobs/reminders/run", "{}").status()).isEqualTo(401);
        assertThat(client(INSPECTION_OFFICE).get("/api/v1/admin/webhooks").status()).isEqualTo(403);
    }

    @Test
    void aPersonReadsAndMarksOnlyTheirOwnNotifications() {
        LocalDate day = newDay();
        runJob();
        JsonNode digest = digests(INSPECTION_OFFICE, day).get(0);
        long id = digest.get("id").asLong();
        assertThat(client(KEXIE_COORDINATOR).get("/api/v1/notifications/" + id).status()).isEqualTo(404);
        assertThat(client(KEXIE_COORDINATOR).post("/api/v1/notifications/" + id + "/read", "{}").status()).isEqualTo(404);

        long unread = office.get("/api/v1/notifications/unread-count").json().get("unread").asLong();
        ApiClient.Response read = office.post("/api/v1/notifications/" + id + "/read", "{}");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readAt").isNull()).isFalse();
        assertThat(office.get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isEqualTo(unread - 1);
        office.post("/api/v1/notifications/read-all", "{}");
        assertThat(office.get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isZero();
    }

    void setEmail(String username, String email) {
        long id = userId(username);
        JsonNode user = admin.get("/api/v1/users/" + id).json();
        ApiClient.Response updated = admin.put("/api/v1/users/" + id, """
                {"displayName":"%s","orgUnitId":%d,"email":"%s","enabled":true,"version":%d}""".formatted(
                user.get("displayName").asString(), user.get("orgUnitId").asLong(), email,
                user.get("version").asLong()));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    }

    long robot(String unitName, String kind, String url, String secret) {
        ApiClient.Response created = admin.post("/api/v1/admin/webhooks", """
                {"unitId":%d,"kind":"%s","url":"%s","secret":%s}""".formatted(
                id(admin, "/api/v1/org-units", "name", unitName), kind, url,
                secret == null ? "null" : "\"" + secret + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    void removeRobot(long id) {
        long version = admin.get("/api/v1/admin/webhooks").json().findParents("id").stream()
                .filter(w -> w.get("id").asLong() == id).findFirst().orElseThrow().get("version").asLong();
        assertThat(admin.delete("/api/v1/admin/webhooks/" + id + "?version=" + version).status()).isEqualTo(204);
    }

    JsonNode delivery(String channel, LocalDate day) {
        for (JsonNode d : admin.get("/api/v1/admin/jobs/reminders/deliveries").json()) {
            if (d.get("channel").asString().equals(channel) && d.get("target").asString().contains("/" + day)) {
                return d;
            }
        }
        throw new AssertionError("no " + channel + " delivery for " + day);
    }

    static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(message);
    }
}
