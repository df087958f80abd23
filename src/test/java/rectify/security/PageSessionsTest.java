package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.INSPECTION_OFFICE;
import static rectify.support.DemoUsers.PASSWORD;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * Page sessions in the database: a session's last access is written at most once a minute (not a write for every
 * page), so a session ends within its timeout of the last request and never later; what a session holds is written
 * at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PageSessionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SessionRepository<?> sessions;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String sessionId;

    @BeforeEach
    void signIn() throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + INSPECTION_OFFICE + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        String cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    @Test
    void aPageSeenWithinAMinuteOfTheRecordedAccessWritesNothing() throws Exception {
        assertThat(get("/ledger").statusCode()).isEqualTo(200);
        long recorded = lastAccess();
        assertThat(get("/ledger").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(lastAccess()).isEqualTo(recorded);
    }

    @Test
    void aPageSeenAMinuteAfterTheRecordedAccessRecordsIt() throws Exception {
        get("/ledger");
        long twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2)).toEpochMilli();
        recordAccess(twoMinutesAgo);
        assertThat(get("/ledger").statusCode()).isEqualTo(200);
        assertThat(lastAccess()).isGreaterThan(twoMinutesAgo + Duration.ofMinutes(1).toMillis());
    }

    @Test
    void aSessionLastRecordedLongerAgoThanItsTimeoutHasEnded() throws Exception {
        get("/ledger");
        recordAccess(Instant.now().minus(timeout()).minusSeconds(1).toEpochMilli());
        HttpResponse<String> after = get("/ledger");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    @Test
    void aPageReadsItsSessionFromTheDatabaseOnce() throws Exception {
        get("/ledger");
        jdbc.sql("set query_statistics true").update();
        try {
            long before = sessionReads();
            assertThat(get("/ledger").statusCode()).isEqualTo(200);
            assertThat(sessionReads() - before).isEqualTo(1);
        } finally {
            jdbc.sql("set query_statistics false").update();
        }
    }

    @Test
    void aSessionEndedElsewhereIsNotServedFromTheRequestBefore() throws Exception {
        assertThat(get("/ledger").statusCode()).isEqualTo(200);
        jdbc.sql("delete from spring_session where session_id = :id").param("id", sessionId).update();
        HttpResponse<String> after = get("/ledger");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    @Test
    void whatASessionHoldsIsWrittenEvenWhenItsAccessIsNot() {
        holdsWhatIsSetButNotAnAccessWithinAMinute(sessions);
    }

    private <S extends Session> void holdsWhatIsSetButNotAnAccessWithinAMinute(SessionRepository<S> sessions) {
        S session = sessions.findById(sessionId);
        Instant recorded = session.getLastAccessedTime();
        session.setLastAccessedTime(recorded.plusSeconds(30));
        session.setAttribute("rectify.test", "kept");
        sessions.save(session);
        Session again = sessions.findById(sessionId);
        assertThat(again.<String>getAttribute("rectify.test")).isEqualTo("kept");
        assertThat(again.getLastAccessedTime()).isEqualTo(recorded);
    }

    /** Reads of a session by its id, as H2 counted them (Spring Session's one statement for it). */
    private long sessionReads() {
        return jdbc.sql("select coalesce(sum(execution_count), 0) from information_schema.query_statistics "
                        + "where lower(sql_statement) like '%from spring_session s%where s.session_id = ?%' "
                        + "and lower(sql_statement) not like '%query_statistics%'")
                .query(Long.class).single();
    }

    private long lastAccess() {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", sessionId).query(Long.class).single();
    }

    private void recordAccess(long at) {
        jdbc.sql("update spring_session set last_access_time = :at, expiry_time = :expires where session_id = :id")
                .param("at", at).param("expires", at + timeout().toMillis()).param("id", sessionId).update();
    }

    private Duration timeout() {
        return Duration.ofSeconds(jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                .param("id", sessionId).query(Long.class).single());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
