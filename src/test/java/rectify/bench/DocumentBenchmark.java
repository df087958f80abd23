package rectify.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import rectify.intake.LedgerImport;
import rectify.document.LedgerWorkbook;
import rectify.org.RunAs;
import rectify.support.PostgresDatabase;

/**
 * Not a test: times the ledger workbook's export and import of {@code -Dbench.rows} rows (default 50,000: three
 * measures a problem) and samples the heap while each runs. Figures go to {@code bench/results/}.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class DocumentBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 50_000);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (System.getenv(PostgresDatabase.URL_VARIABLE) != null) {
            PostgresDatabase.register(registry);
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerWorkbook workbook;
    @Autowired
    LedgerImport ledgerImport;
    @Autowired
    RunAs runAs;

    @Test
    void exportAndImportALargeLedger() throws Exception {
        long inspection = LedgerBenchmark.generate(jdbc, ROWS / 3, 3);
        Path file = Files.createTempFile("ledger", ".xlsx");

        Measured export = measure(() -> runAs.user("xcb.liu", () -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.export(inspection, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        long unit = jdbc.queryForObject("select target_unit_id from inspection where id = ?", Long.class, inspection);
        jdbc.update("insert into inspection (source, kind, target_unit_id, title, plan_review_required, created_at,"
                + " version) values ('INSPECTION', 'ROUTINE', ?, '基准导入', true, current_timestamp, 0)", unit);
        long target = jdbc.queryForObject("select max(id) from inspection", Long.class);
        LedgerImport.Result[] result = new LedgerImport.Result[1];
        Measured check = measure(() -> runAs.user("xcb.liu", () -> {
            try (InputStream in = Files.newInputStream(file)) {
                result[0] = ledgerImport.importLedger(target, in, true);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        Measured imported = measure(() -> runAs.user("xcb.liu", () -> {
            try (InputStream in = Files.newInputStream(file)) {
                result[0] = ledgerImport.importLedger(target, in, false);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        if (!result[0].errors().isEmpty()) {
            throw new AssertionError("the generated ledger was refused: " + result[0].errors().subList(0,
                    Math.min(3, result[0].errors().size())));
        }
        String database = System.getenv(PostgresDatabase.URL_VARIABLE) != null ? "PostgreSQL" : "H2 (embedded)";
        String report = "# Ledger workbook benchmark\n\n"
                + "- date: " + LocalDate.now() + "\n- database: " + database + "\n"
                + "- data: " + (ROWS / 3) * 3 + " rows (" + ROWS / 3 + " problems × 3 measures); workbook "
                + Files.size(file) / 1024 + " KiB\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024
                + " MiB\n- method: service calls in one JVM; heap sampled every 20 ms after a GC, peak minus baseline\n\n"
                + "| operation | rows | seconds | peak heap above baseline (MiB) |\n|---|---:|---:|---:|\n"
                + "| export (stream to file) | " + (ROWS / 3) * 3 + " | " + export.seconds() + " | " + export.peakMiB() + " |\n"
                + "| import dry run (check only) | " + result[0].rows() + " | " + check.seconds() + " | " + check.peakMiB() + " |\n"
                + "| import (check and save) | " + result[0].rows() + " | " + imported.seconds() + " | " + imported.peakMiB()
                + " |\n\nImport saved " + result[0].problems() + " problems and " + result[0].measures() + " measures, errors: "
                + result[0].errors().size() + ".\n";
        Path out = Path.of("bench/results/ledger-workbook-" + (database.startsWith("H2") ? "h2" : "postgres") + "-"
                + ROWS + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    record Measured(String seconds, long peakMiB) {
    }

    private static Measured measure(Runnable work) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        work.run();
        long elapsed = System.nanoTime() - started;
        sampler.interrupt();
        sampler.join();
        return new Measured(String.format("%.1f", elapsed / 1e9), (peak.get() - baseline) / 1024 / 1024);
    }
}
