package rectify.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import rectify.support.ApiClient;
import rectify.support.DemoUsers;
import rectify.support.PostgresDatabase;

/**
 * Not a test: times {@code GET /api/v1/inspections/{id}/report.docx} over HTTP for an inspection of
 * {@code -Dbench.problems} problems (default 100) with three measures each. Figures go to
 * {@code bench/results/report-docx-<db>-<problems>.md}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReportBenchmark {

    private static final int PROBLEMS = Integer.getInteger("bench.problems", 100);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (System.getenv(PostgresDatabase.URL_VARIABLE) != null) {
            PostgresDatabase.register(registry);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writeTheReportOfALargeInspection() throws Exception {
        long inspection = LedgerBenchmark.generate(jdbc, PROBLEMS, 3);
        String token = ApiClient.anonymous(port).basic(DemoUsers.INSPECTION_OFFICE, DemoUsers.PASSWORD)
                .post("/api/v1/tokens", "{\"name\":\"bench\"}").json().get("token").asString();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/inspections/"
                + inspection + "/report.docx?version=internal")).header("Authorization", "Bearer " + token).build();
        long[] bytes = new long[1];
        Timings t = Timings.of(5, 30, () -> {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("report.docx answered " + response.statusCode());
                }
                bytes[0] = response.body().length;
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        String db = System.getenv(PostgresDatabase.URL_VARIABLE) != null ? "postgres" : "h2";
        String md = "# Report docx\n\n`bash bench/report.sh`: `GET /api/v1/inspections/{id}/report.docx` over HTTP, one call at"
                + " a time after 5 warm-up calls, 30 timed; " + PROBLEMS + " problems with 3 measures each; " + db + ", "
                + Runtime.getRuntime().availableProcessors() + " cores.\n\n| call | bytes | median ms | p95 ms | max ms |\n"
                + "|---|---|---|---|---|\n| report.docx (internal) | " + String.format("%,d", bytes[0]) + " | "
                + t.columns() + " |\n";
        Path results = Path.of("bench/results/report-docx-" + db + "-" + PROBLEMS + ".md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, md);
    }
}
