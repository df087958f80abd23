package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import rectify.supervision.Reminders;

/**
 * Operations: probes and metrics open to monitoring without signing in; a reminder run left unfinished by a node
 * that died is taken over the same day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@org.springframework.context.annotation.Import(rectify.support.TestClock.Configuration.class)
class OperationsTest extends rectify.support.ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reminders reminders;


    HttpResponse<String> raw(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void probesAndMetricsAnswerWithoutSigningIn() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = raw(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"UP\"");
        }
        raw("/login");
        HttpResponse<String> metrics = raw("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds", "rectify_deliveries_queue");
        // requests are timed, each repository call within them is not (about a tenth of the time of entering a problem)
        assertThat(metrics.body()).doesNotContain("spring_data_repository_invocations");
        // nothing else of the actuator is open
        assertThat(raw("/actuator/env").statusCode()).isIn(302, 401, 404);
    }

    @Test
    void aReminderRunLeftUnfinishedByADeadNodeIsTakenOverTheSameDay() {
        // a day of its own, which no other test's reminders touch
        LocalDate today = LocalDate.of(2031, 1, 1).plusDays(new java.util.Random().nextInt(3000));
        rectify.support.TestClock.INSTANCE.setDay(today);
        jdbc.update("delete from reminder_run where run_day = ?", today);
        jdbc.update("insert into reminder_run (run_day, status, trigger_by, started_at) values (?, 'RUNNING', 'node-2', ?)",
                today, Timestamp.from(rectify.support.TestClock.INSTANCE.instant().minus(20, ChronoUnit.MINUTES)));
        Reminders.Result result = reminders.recoverStaleRun();
        assertThat(result).isNotNull();
        assertThat(result.ran()).isTrue();
        assertThat(jdbc.queryForObject("select status from reminder_run where run_day = ?", String.class, today))
                .isEqualTo("DONE");
        assertThat(reminders.recoverStaleRun()).as("a finished day is left alone").isNull();
        rectify.support.TestClock.INSTANCE.setDay(LocalDate.now());
    }
}
