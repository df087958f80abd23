package rectify.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * Not a test: times the dashboards' statistics, the round summary and the daily reminder run on a large ledger
 * ({@code -Dbench.problems}, default 20,000 problems in four inspections of this year's round, three measures each),
 * run by {@code bench/supervision.sh}. Figures go to {@code bench/results/}; nothing is asserted.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SupervisionBenchmark {

    private static final int PROBLEMS = Integer.getInteger("bench.problems", 20_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

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
    void supervisionOnALargeLedger() throws IOException {
        long started = System.nanoTime();
        long round = jdbc.queryForObject("select max(id) from inspection_round", Long.class);
        for (int i = 0; i < 4; i++) {
            long inspection = LedgerBenchmark.generate(jdbc, PROBLEMS / 4, 3);
            jdbc.update("update inspection set round_id = ? where id = ?", round, inspection);
        }
        double generateSeconds = (System.nanoTime() - started) / 1e9;

        ApiClient office = ApiClient.anonymous(port).signIn(DemoUsers.INSPECTION_OFFICE, DemoUsers.PASSWORD);
        ApiClient person = ApiClient.anonymous(port).signIn(DemoUsers.KEXIE_RESPONSIBLE, DemoUsers.PASSWORD);
        ApiClient admin = ApiClient.anonymous(port).signIn(DemoUsers.SYSTEM_ADMIN, DemoUsers.PASSWORD);
        Map<String, Object[]> calls = new LinkedHashMap<>();
        calls.put("office: stats of the jurisdiction by unit", new Object[] {office, "/api/v1/stats"});
        calls.put("office: stats of this year's round", new Object[] {office, "/api/v1/stats?roundId=" + round});
        calls.put("office: stats by inspection", new Object[] {office, "/api/v1/stats?by=INSPECTION"});
        calls.put("office: stats by inspection with people", new Object[] {office, "/api/v1/stats?by=INSPECTION&people=true"});
        calls.put("office: round summary (JSON)", new Object[] {office, "/api/v1/rounds/" + round + "/summary"});
        calls.put("responsible person: my figures", new Object[] {person, "/api/v1/stats/mine"});
        calls.put("responsible person: notifications", new Object[] {person, "/api/v1/notifications"});

        String database = System.getenv(PostgresDatabase.URL_VARIABLE) != null ? "PostgreSQL" : "H2 (embedded)";
        StringBuilder report = new StringBuilder();
        report.append("# Supervision benchmark\n\n")
                .append("- date: ").append(LocalDate.now()).append("\n")
                .append("- database: ").append(database).append("\n")
                .append("- data: ").append(PROBLEMS).append(" generated problems in 4 inspections of one round, ")
                .append(PROBLEMS * 3).append(" measures, plus the demo data (generated in ")
                .append(String.format("%.1f", generateSeconds)).append(" s)\n")
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JVM ")
                .append(System.getProperty("java.version")).append("\n")
                .append("- method: HTTP on localhost, 3 warm-up calls then ").append(ROUNDS)
                .append(" timed calls each\n\n")
                .append("| call | median ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
        for (var call : calls.entrySet()) {
            ApiClient client = (ApiClient) call.getValue()[0];
            String path = (String) call.getValue()[1];
            Timings timings = Timings.of(3, ROUNDS, () -> {
                ApiClient.Response response = client.get(path);
                if (response.status() != 200) {
                    throw new IllegalStateException(call.getKey() + ": " + response);
                }
            });
            report.append("| ").append(call.getKey()).append(" | ").append(timings.columns()).append(" |\n");
        }
        for (String document : new String[] {"summary.xlsx", "summary.docx"}) {
            Timings timings = Timings.of(0, 5, () -> {
                var response = office.download("/api/v1/rounds/" + round + "/" + document);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(document + ": " + response.statusCode());
                }
            });
            report.append("| office: round ").append(document).append(" (5 calls) | ").append(timings.median())
                    .append(" | | ").append(timings.max()).append(" |\n");
        }

        long t0 = System.nanoTime();
        ApiClient.Response run = admin.post("/api/v1/admin/jobs/reminders/run", "{}");
        double runSeconds = (System.nanoTime() - t0) / 1e9;
        report.append("\nDaily reminder run (POST /api/v1/admin/jobs/reminders/run, first run: every item enters its ")
                .append("level): ").append(String.format("%.2f", runSeconds)).append(" s — ").append(run.body())
                .append("\n");
        long t1 = System.nanoTime();
        person.get("/api/v1/notifications?size=1");
        report.append("\nThe responsible person's inbox with that digest: ")
                .append(Timings.ms(System.nanoTime() - t1)).append(" ms\n");

        Path out = Path.of("bench/results/supervision-" + (database.startsWith("H2") ? "h2" : "postgres") + "-"
                + PROBLEMS + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }
}
