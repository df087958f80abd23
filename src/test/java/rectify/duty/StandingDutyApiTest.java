package rectify.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;
import rectify.support.TestClock;
import rectify.support.TestData;

/**
 * Standing duties (长效机制) through the API, on a clock set to chosen days five years ahead (apart from every other
 * test's days): a weekly duty set up from a problem, a week done, a week missed, a week recorded late, the current
 * week due; the owner hears of the missed week in the next morning's digest; bad input and other people refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles({"demo", "test"})
@Import(TestClock.Configuration.class)
class StandingDutyApiTest extends rectify.support.ApiTest {

    private static final LocalDate MONDAY = LocalDate.now().plusYears(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.toRealTime();
    }

    @Test
    void aWeeklyDutyShowsEachWeekDoneLateMissedOrDueAndAMissedWeekWarnsItsOwner() {
        TestClock.INSTANCE.setDay(MONDAY);
        TestData data = new TestData(as(INSPECTION_OFFICE));
        long problem = data.problem(data.feedbackOf("石龙区科学技术协会"),
                Map.of("title", "关于理论学习不经常的问题", "deadline", MONDAY.plusMonths(2).toString()));
        long owner = userId(KEXIE_RESPONSIBLE);
        ApiClient.Response created = as(KEXIE_COORDINATOR).post("/api/v1/problems/" + problem + "/duties", """
                {"title":"每周集中学习","recurrence":"WEEKLY","ownerId":%d,"startOn":"%s","endOn":"%s"}"""
                .formatted(owner, MONDAY, MONDAY.plusWeeks(6).minusDays(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long duty = created.json().get("id").asLong();

        // week 1: held on Wednesday and recorded that day
        TestClock.INSTANCE.setDay(MONDAY.plusDays(2));
        assertThat(record(KEXIE_RESPONSIBLE, duty, MONDAY.plusDays(2), "学习《条例》第一章").status()).isEqualTo(201);
        // week 2: nothing; week 3: held on Thursday but recorded only the next Tuesday
        TestClock.INSTANCE.setDay(MONDAY.plusWeeks(3).plusDays(1));
        ApiClient.Response late = record(KEXIE_RESPONSIBLE, duty, MONDAY.plusWeeks(2).plusDays(3), "学习《条例》第二章");
        assertThat(late.status()).isEqualTo(201);

        JsonNode read = as(INSPECTION_OFFICE).get("/api/v1/duties/" + duty).json();
        List<String> statuses = new ArrayList<>();
        read.get("occurrences").forEach(o -> statuses.add(o.get("status").asString()));
        assertThat(statuses).containsExactly("DONE", "MISSED", "LATE", "DUE");
        assertThat(read.get("occurrences").get(0).get("dueOn").asString()).isEqualTo(MONDAY.plusDays(6).toString());
        assertThat(read.get("occurrences").get(0).get("held").get(0).get("files").get(0).get("fileName").asString())
                .isEqualTo("签到表.png");
        assertThat(read.get("figures").get("onTimePercent").asInt()).isEqualTo(33);
        assertThat(as(KEXIE_COORDINATOR).get("/api/v1/problems/" + problem + "/duties").json().get(0).get("id")
                .asLong()).isEqualTo(duty);

        // the inspection's report states the duties and how punctually they were kept
        long inspection = as(INSPECTION_OFFICE).get("/api/v1/problems/" + problem).json().get("inspectionId").asLong();
        var docx = as(INSPECTION_OFFICE).download("/api/v1/inspections/" + inspection + "/report.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText())
                    .contains("建立长效机制情况", "建立长效机制1项，按期落实率33%");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // week 5 begins with week 4 missed: the owner's digest that morning tells of it as overdue
        TestClock.INSTANCE.setDay(MONDAY.plusWeeks(4));
        assertThat(as(SYSTEM_ADMIN).post("/api/v1/admin/jobs/reminders/run", "{}").status()).isEqualTo(200);
        List<String> sections = new ArrayList<>();
        for (JsonNode n : as(KEXIE_RESPONSIBLE).get("/api/v1/notifications?size=100").json().get("content")) {
            if ("DIGEST".equals(n.get("kind").asString()) && MONDAY.plusWeeks(4).toString().equals(n.get("digestDay").asString())) {
                n.get("items").forEach(i -> {
                    if (i.get("title").asString().equals("长效机制：每周集中学习")) {
                        sections.add(i.get("section").asString());
                    }
                });
            }
        }
        assertThat(sections).as("the missed week 4 and the week now due").contains("OVERDUE", "WARN");
    }

    @Test
    void badInputAndOtherPeopleAreRefusedAndNothingIsRecorded() {
        TestClock.INSTANCE.setDay(MONDAY.plusMonths(3));
        LocalDate today = MONDAY.plusMonths(3);
        TestData data = new TestData(as(INSPECTION_OFFICE));
        long problem = data.problem(data.feedbackOf("石龙区科学技术协会"), Map.of("title", "关于经费审核不严的问题"));
        ApiClient office = as(INSPECTION_OFFICE);
        String url = "/api/v1/problems/" + problem + "/duties";
        ApiClient.Response noTitle = office.post(url, "{\"recurrence\":\"MONTHLY\",\"ownerId\":%d}"
                .formatted(userId(KEXIE_RESPONSIBLE)));
        assertThat(noTitle.status()).isEqualTo(422);
        assertThat(noTitle.json().get("fields").has("title")).isTrue();
        ApiClient.Response outsider = office.post(url, "{\"title\":\"每月经费分析\",\"recurrence\":\"MONTHLY\",\"ownerId\":%d}"
                .formatted(userId(EDUCATION_COORDINATOR)));
        assertThat(outsider.status()).as("an owner from another unit").isEqualTo(422);
        assertThat(as(KEXIE_RESPONSIBLE).post(url, "{\"title\":\"每月经费分析\",\"recurrence\":\"MONTHLY\",\"ownerId\":%d}"
                .formatted(userId(KEXIE_RESPONSIBLE))).status()).as("only the office and coordinators set duties up")
                .isEqualTo(403);
        ApiClient.Response created = office.post(url, """
                {"title":"每月经费执行分析","recurrence":"MONTHLY","ownerId":%d,"startOn":"%s"}"""
                .formatted(userId(KEXIE_RESPONSIBLE), today.withDayOfMonth(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long duty = created.json().get("id").asLong();

        ApiClient.Response future = record(KEXIE_RESPONSIBLE, duty, today.plusDays(1), "明天的会");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("fields").has("date")).isTrue();
        assertThat(record(KEXIE_RESPONSIBLE, duty, today, " ").status()).isEqualTo(422);
        assertThat(record(KEXIE_LEADER, duty, today, "不是落实人").status()).isEqualTo(403);
        assertThat(as(EDUCATION_COORDINATOR).get("/api/v1/duties/" + duty).status()).as("another unit").isEqualTo(404);
        assertThat(record(EDUCATION_COORDINATOR, duty, today, "另一单位").status()).isEqualTo(404);
        JsonNode read = office.get("/api/v1/duties/" + duty).json();
        assertThat(read.get("occurrences").get(0).get("held")).isEmpty();
        assertThat(read.get("occurrences").get(0).get("status").asString()).isEqualTo("DUE");
    }

    /** The demo: the seed's weekly study day and monthly joint meeting, kept for a year, three weeks missed. */
    @Test
    void theDemoKeepsTheSeedsStudyDayAndJointMeetingsAsStandingDuties() {
        TestClock.INSTANCE.toRealTime();
        ApiClient office = as(INSPECTION_OFFICE);
        long seed = 0;
        for (JsonNode i : office.get("/api/v1/inspections").json()) {
            if (i.get("title").asString().equals("区委第二巡察组对区科协党组常规巡察")) {
                seed = i.get("id").asLong();
            }
        }
        List<String> titles = new ArrayList<>();
        Map<String, Integer> statuses = new java.util.HashMap<>();
        for (JsonNode row : office.get("/api/v1/problems?inspectionId=" + seed + "&size=50").json().get("content")) {
            for (JsonNode duty : office.get("/api/v1/problems/" + row.get("problemId").asLong() + "/duties").json()) {
                titles.add(duty.get("title").asString());
                if (duty.get("recurrence").asString().equals("WEEKLY")) {
                    duty.get("occurrences").forEach(o -> statuses.merge(o.get("status").asString(), 1, Integer::sum));
                }
            }
        }
        assertThat(titles).containsExactlyInAnyOrder("每周二集中学习", "每月召开科协联席会议");
        assertThat(statuses.get("MISSED")).isEqualTo(3);
        assertThat(statuses.get("LATE")).isEqualTo(1);
        assertThat(statuses.get("DONE")).isGreaterThanOrEqualTo(47);
    }

    private ApiClient.Response record(String who, long duty, LocalDate date, String note) {
        return as(who).postMultipart("/api/v1/duties/" + duty + "/occurrences",
                Map.of("date", date.toString(), "note", note),
                List.of(new ApiClient.FilePart("files", "签到表.png", rectify.support.TestFiles.png())));
    }
}
