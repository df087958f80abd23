package rectify.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static rectify.support.DemoUsers.*;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import rectify.RectifyApplication;
import rectify.support.PostgresDatabase;
import rectify.supervision.Reminders;

/**
 * Two application nodes on one PostgreSQL: a person signed in on one node is still signed in on the other after the
 * first stops (sessions live in the database); what was done on the stopped node is there; a reminder day started on
 * both nodes at once runs once.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class TwoNodesPostgresTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

    static ConfigurableApplicationContext node(String schema) {
        String url = System.getenv(PostgresDatabase.URL_VARIABLE);
        String user = System.getenv().getOrDefault("RECTIFY_TEST_POSTGRES_USER", "postgres");
        return new SpringApplicationBuilder(RectifyApplication.class).profiles("demo").run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.hikari.schema=" + schema, "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--spring.jpa.properties.hibernate.default_schema=" + schema,
                "--rectify.data-dir=target/test-data/two-nodes-" + schema, "--rectify.admin.initial-password=Initial-Admin-Pass-1",
                "--rectify.reminders.cron=-", "--rectify.audit.seal-every=PT1H", "--logging.level.root=WARN");
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(HttpClient browser, String url, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a form with its CSRF token").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void aPersonStaysSignedInWhenTheirNodeStopsAndNothingIsLostOrSentTwice() throws Exception {
        String schema = "rectify_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ConfigurableApplicationContext first = node(schema);
        ConfigurableApplicationContext second = node(schema);
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String login = get(browser, base(first) + "/login").body();
            HttpResponse<String> signedIn = postForm(browser, base(first) + "/login", "username=" + INSPECTION_OFFICE
                    + "&password=" + PASSWORD + "&_csrf=" + csrf(login));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

            // work done on the first node: a new round through its page
            String rounds = get(browser, base(first) + "/inspections").body();
            assertThat(rounds).contains("巡察");

            // a reminder day started on both nodes at once runs once
            var pool = Executors.newFixedThreadPool(2);
            List<Callable<Reminders.Result>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(first, second)) {
                runs.add(() -> node.getBean(Reminders.class).runToday("node"));
            }
            long ran = 0;
            for (var run : pool.invokeAll(runs)) {
                ran += run.get().ran() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(ran).as("nodes that ran today's reminders").isEqualTo(1);

            first.close();

            // the same browser, now on the second node: still signed in, and may act
            HttpResponse<String> tasks = get(browser, base(second) + "/my-tasks");
            assertThat(tasks.statusCode()).as("signed in on the other node").isEqualTo(200);
            HttpResponse<String> home = get(browser, base(second) + "/");
            assertThat(home.statusCode()).isEqualTo(200);
            String page = tasks.body();
            HttpResponse<String> acted = postForm(browser, base(second) + "/notifications/read-all",
                    "_csrf=" + csrf(page));
            assertThat(acted.statusCode()).as("a form posted on the other node").isIn(302, 303);
            assertThat(acted.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        } finally {
            if (first.isActive()) {
                first.close();
            }
            second.close();
            try (Connection connection = DriverManager.getConnection(System.getenv(PostgresDatabase.URL_VARIABLE),
                    System.getenv().getOrDefault("RECTIFY_TEST_POSTGRES_USER", "postgres"), "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
