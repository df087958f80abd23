package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import rectify.RectifyApplication;
import rectify.audit.AuditChain;
import rectify.backup.Backups;
import rectify.support.LifecycleFlows;

/**
 * Backup → wipe → restore reproduces every row of every table and every file's hash, and the restored audit chain
 * verifies; a restore into a database that is not empty, or from a backup with a changed file, writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BackupRestoreTest extends rectify.support.ApiTest {

    @Autowired
    Backups backups;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditChain chain;

    /** An empty Rectify on a database and data folder of its own, as the restore command would start. */
    static ConfigurableApplicationContext emptyRectify(Path dataDir) {
        return new SpringApplicationBuilder(RectifyApplication.class).web(WebApplicationType.NONE).run(
                "--rectify.command=restore", "--rectify.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--rectify.audit.seal-every=PT1H", "--logging.level.root=WARN");
    }

    static Map<String, List<String>> everyRow(DataSource source) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names;
        try (Connection connection = source.getConnection()) {
            names = Backups.tablesInOrder(connection);
        }
        JdbcTemplate jdbc = new JdbcTemplate(source);
        for (String table : names) {
            tables.put(table, jdbc.queryForList("select * from " + table).stream().map(row -> new TreeMap<>(row)
                    .toString()).sorted().toList());
        }
        return tables;
    }

    static Map<String, String> fileHashes(Path dataDir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        Path evidence = dataDir.resolve("evidence");
        try (Stream<Path> files = Files.walk(evidence)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(evidence.resolve("tmp")))
                    .toList()) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(evidence.relativize(file).toString(), java.util.HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }

    @Test
    void backupWipeRestoreReproducesEveryRowAndFile() throws Exception {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long problem = flows.approvedPlan("TIME_LIMITED");
        long measure = flows.office.get("/api/v1/problems/" + problem).json().get("measures").get(0).get("id").asLong();
        flows.finishWithEvidence(problem, measure);
        chain.seal();

        Path work = Files.createTempDirectory("rectify-backup");
        Path folder = work.resolve("backup");
        Backups.Summary made = backups.backup(folder);
        assertThat(made.rows()).isPositive();
        assertThat(made.files()).isPositive();
        Map<String, List<String>> before = everyRow(dataSource);

        Path restoredData = work.resolve("data");
        try (ConfigurableApplicationContext restored = emptyRectify(restoredData)) {
            Backups restorer = restored.getBean(Backups.class);
            Backups.Summary done = restorer.restore(folder);
            assertThat(done.rows()).isEqualTo(made.rows());
            DataSource target = restored.getBean(DataSource.class);
            Map<String, List<String>> after = everyRow(target);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
            }
            Map<String, String> restoredFiles = fileHashes(restoredData);
            Map<String, String> sourceFiles = fileHashes(Path.of("target/test-data"));
            assertThat(restoredFiles).isNotEmpty();
            restoredFiles.forEach((file, hash) -> assertThat(sourceFiles.get(file)).as(file).isEqualTo(hash));
            long referenced = new JdbcTemplate(dataSource).queryForObject("select count(distinct sha256) from attachment",
                    Long.class);
            assertThat(restoredFiles).as("every file the ledger refers to").hasSize((int) referenced);
            var verification = restored.getBean(AuditChain.class).verify();
            assertThat(verification.intact()).as(verification.toString()).isTrue();
            // a new row after the restore takes an id after the restored ones
            long lastRound = new JdbcTemplate(target).queryForObject("select max(id) from inspection_round", Long.class);
            new JdbcTemplate(target).update("insert into inspection_round (committee_unit_id, name, round_year, created_at)"
                    + " select committee_unit_id, '恢复后新增', 2027, created_at from inspection_round where id = ?", lastRound);
            assertThat(new JdbcTemplate(target).queryForObject("select max(id) from inspection_round", Long.class))
                    .isGreaterThan(lastRound);

            // restoring again into a database that is no longer empty is refused and changes nothing
            assertThatThrownBy(() -> restorer.restore(folder)).hasMessageContaining("只能恢复到空");
        }

        // a backup with a changed file is refused before anything is written
        Path tampered = work.resolve("tampered");
        copy(folder, tampered);
        Path table = Files.list(tampered.resolve("tables")).filter(f -> f.toString().endsWith("problem.jsonl"))
                .findFirst().orElseThrow();
        Files.writeString(table, Files.readString(table).replace("关于", "关於"));
        Path other = work.resolve("other");
        try (ConfigurableApplicationContext empty = emptyRectify(other)) {
            assertThatThrownBy(() -> empty.getBean(Backups.class).restore(tampered)).hasMessageContaining("改动");
            assertThat(new JdbcTemplate(empty.getBean(DataSource.class)).queryForObject("select count(*) from problem",
                    Long.class)).isZero();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
