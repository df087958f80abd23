package rectify.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Not a test: a benchmark of the ledger on a large inspection, run by {@code bench/ledger.sh}. Generates
 * {@code -Dbench.problems} problems (default 5,000) with three measures and one progress entry each, then times
 * the ledger API as the inspection office uses it. Figures go to {@code bench/results/}; nothing is asserted.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LedgerBenchmark {

    private static final int PROBLEMS = Integer.getInteger("bench.problems", 5_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);

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
    void ledgerOnALargeInspection() throws IOException {
        long started = System.nanoTime();
        long inspectionId = generate();
        double generateSeconds = (System.nanoTime() - started) / 1e9;

        ApiClient office = ApiClient.anonymous(port).signIn(DemoUsers.INSPECTION_OFFICE, DemoUsers.PASSWORD);
        long person = jdbc.queryForObject("select id from app_user where username = 'kx.chen'", Long.class);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page, by number", "inspectionId=" + inspectionId + "&size=20");
        queries.put("page 100 (offset 2,000)", "inspectionId=" + inspectionId + "&size=20&page=100");
        queries.put("100 rows a page", "inspectionId=" + inspectionId + "&size=100");
        queries.put("status IN_PROGRESS", "inspectionId=" + inspectionId + "&status=IN_PROGRESS");
        queries.put("warning OVERDUE", "inspectionId=" + inspectionId + "&warning=OVERDUE");
        queries.put("sort by deadline desc", "inspectionId=" + inspectionId + "&sort=deadline,desc");
        queries.put("sort by warning", "inspectionId=" + inspectionId + "&sort=warning");
        queries.put("text search", "inspectionId=" + inspectionId + "&q=%E5%B7%AE%E6%97%85");
        queries.put("responsible person", "responsibleUserId=" + person);
        queries.put("whole jurisdiction", "size=20");

        StringBuilder report = new StringBuilder();
        String database = System.getenv(PostgresDatabase.URL_VARIABLE) != null ? "PostgreSQL" : "H2 (embedded)";
        report.append("# Ledger benchmark\n\n")
                .append("- date: ").append(LocalDate.now()).append("\n")
                .append("- database: ").append(database).append("\n")
                .append("- data: ").append(PROBLEMS).append(" problems in one inspection, ").append(PROBLEMS * 3)
                .append(" measures, ").append(PROBLEMS).append(" progress entries (generated in ")
                .append(String.format("%.1f", generateSeconds)).append(" s)\n")
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JVM ")
                .append(System.getProperty("java.version")).append("\n")
                .append("- method: GET /api/v1/problems over HTTP on localhost, 5 warm-up calls then ")
                .append(ROUNDS).append(" timed calls each\n\n")
                .append("| query | rows found | median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        for (var query : queries.entrySet()) {
            String path = "/api/v1/problems?" + query.getValue();
            long[] total = {0};
            Timings timings = Timings.of(5, ROUNDS, () -> {
                ApiClient.Response response = office.get(path);
                if (response.status() != 200) {
                    throw new IllegalStateException(query.getKey() + ": " + response);
                }
                total[0] = response.json().get("totalElements").asLong();
            });
            report.append("| ").append(query.getKey()).append(" | ").append(total[0]).append(" | ")
                    .append(timings.columns()).append(" |\n");
        }
        Path out = Path.of("bench/results/ledger-" + (database.startsWith("H2") ? "h2" : "postgres") + "-"
                + PROBLEMS + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private long generate() {
        return generate(jdbc, PROBLEMS, 3);
    }

    /** One inspection of the science association with the given problems and measures each, by batch inserts. */
    static long generate(JdbcTemplate jdbc, int problemCount, int measuresEach) {
        final int PROBLEMS = problemCount;
        long unit = jdbc.queryForObject("select id from org_unit where name = '石龙区科学技术协会'", Long.class);
        long leader = jdbc.queryForObject("select id from app_user where username = 'kx.wang'", Long.class);
        long person = jdbc.queryForObject("select id from app_user where username = 'kx.chen'", Long.class);
        long department = jdbc.queryForObject("select id from org_unit where name = '区科协科普部'", Long.class);
        jdbc.update("insert into inspection (source, kind, group_name, target_unit_id, title, feedback_date, due_date,"
                + " plan_review_required, created_at, version) values ('INSPECTION', 'ROUTINE', '区委第一巡察组', ?,"
                + " '基准测试巡察', ?, ?, true, current_timestamp, 0)", unit, LocalDate.now().minusDays(60),
                LocalDate.now().plusDays(30));
        long inspection = jdbc.queryForObject("select max(id) from inspection", Long.class);
        List<Object[]> categories = new ArrayList<>();
        for (int c = 1; c <= 20; c++) {
            categories.add(new Object[] {inspection, c, "问题方面" + c});
        }
        jdbc.batchUpdate("insert into feedback_category (inspection_id, seq, title, version) values (?, ?, ?, 0)",
                categories);
        List<Long> categoryIds = jdbc.queryForList("select id from feedback_category where inspection_id = ? order by seq",
                Long.class, inspection);
        String[] statuses = {"PLANNING", "PLAN_REVIEW", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "CLOSURE_REVIEW",
                "ONGOING", "CLOSED"};
        String[] topics = {"差旅费报销审核不严", "学习制度落实不到位", "意识形态责任未压实", "科普宣传仍有短板",
                "固定资产账实不符", "公务接待审批不规范", "干部能力作风短板明显", "三会一课制度落实不到位"};
        List<Object[]> problems = new ArrayList<>();
        List<LocalDate> deadlines = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 1; i <= PROBLEMS; i++) {
            String status = statuses[i % statuses.length];
            LocalDate deadline = today.plusDays((i * 37L) % 120 - 40);
            deadlines.add(deadline);
            problems.add(new Object[] {inspection, categoryIds.get((i - 1) * 20 / PROBLEMS), i,
                    "关于" + topics[i % topics.length] + "的问题（" + i + "）", "具体表现" + i + "：" + topics[i % topics.length],
                    i % 5 == 0 ? "LONG_TERM" : "TIME_LIMITED", leader, deadline, deadline, status,
                    "CLOSED".equals(status) ? today.minusDays(i % 30) : null,
                    "ONGOING".equals(status) ? today.plusDays(i % 40) : null});
        }
        jdbc.batchUpdate("insert into problem (inspection_id, category_id, seq, title, description, rectification_type,"
                + " origin, responsible_leader_id, deadline, original_deadline, status, cycle, closed_on,"
                + " next_review_date, created_at, version) values (?, ?, ?, ?, ?, ?, 'FEEDBACK', ?, ?, ?, ?, 1, ?, ?,"
                + " current_timestamp, 0)", problems);
        List<Long> problemIds = jdbc.queryForList("select id from problem where inspection_id = ? order by seq",
                Long.class, inspection);
        List<Object[]> units = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        List<Object[]> measures = new ArrayList<>();
        for (int p = 0; p < problemIds.size(); p++) {
            long id = problemIds.get(p);
            LocalDate deadline = deadlines.get(p);
            units.add(new Object[] {id, department});
            people.add(new Object[] {id, person});
            for (int m = 1; m <= measuresEach; m++) {
                // a measure is due within its problem's deadline, as the plan's rules require
                measures.add(new Object[] {id, m, "一是整改措施" + m, person, deadline.minusDays((measuresEach - m) * 10L),
                        m == 1 ? "DONE" : "PENDING", m == 1 ? today.minusDays(3) : null});
            }
        }
        jdbc.batchUpdate("insert into problem_unit (problem_id, org_unit_id) values (?, ?)", units);
        jdbc.batchUpdate("insert into problem_person (problem_id, user_id) values (?, ?)", people);
        jdbc.batchUpdate("insert into measure (problem_id, seq, text, responsible_user_id, deadline, status,"
                + " completed_on, created_at, version) values (?, ?, ?, ?, ?, ?, ?, current_timestamp, 0)", measures);
        List<Object[]> progress = new ArrayList<>();
        jdbc.query("select id, problem_id from measure where seq = 1 and problem_id in (select id from problem"
                + " where inspection_id = ?)", rs -> {
            progress.add(new Object[] {rs.getLong(1), rs.getLong(2), today.minusDays(rs.getLong(2) % 20), "已推进",
                    person});
        }, inspection);
        jdbc.batchUpdate("insert into progress_report (measure_id, problem_id, reported_on, text, author_id, created_at)"
                + " values (?, ?, ?, ?, ?, current_timestamp)", progress);
        return inspection;
    }
}
