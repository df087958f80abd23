package rectify.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.shared.Database;

/**
 * The audit log as a chain nobody can rewrite unnoticed. Every event is sealed in turn (seq 1, 2, 3 …) with an
 * HMAC-SHA256 over the previous seal and the event's fields, under a key kept outside the database; each sealing run
 * writes its last seal to an anchor file outside the database too. Verification walks the chain: an event changed,
 * removed or forged, a seal removed, or the end of the chain cut off behind an anchor, shows where the chain broke.
 * On PostgreSQL it also checks that the triggers refusing changes are in place.
 */
@Service
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 1000;
    private static final String SEP = "\u001f";
    private static final Duration SETTLED = Duration.ofHours(1);
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);

    /** What a verification found: whether the chain holds, over how many events, and where it broke. */
    public record Verification(boolean intact, long events, Long brokenAt, String reason, Boolean databaseGuards) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batchJdbc;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final Database database;
    private final Clock clock;
    private final Path keyFile;
    private final Path anchorFile;
    private final String configuredKey;
    private byte[] key;
    private volatile Instant lastSweep;

    AuditChain(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batchJdbc, Database database,
               org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock,
               @Value("${rectify.data-dir}") String dataDir,
               @Value("${rectify.audit.chain-key:}") String configuredKey,
               @Value("${rectify.audit.anchor-file:}") String anchorFile) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.database = database;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.clock = clock;
        this.configuredKey = configuredKey;
        this.keyFile = Path.of(dataDir, "audit-chain.key");
        this.anchorFile = anchorFile.isBlank() ? Path.of(dataDir, "audit-anchors.log") : Path.of(anchorFile);
    }

    /**
     * Seals every event not yet sealed, in the order they were written, looking through the whole log (before a
     * verification, at start and once an hour); two nodes never seal the same event twice.
     */
    public void seal() {
        sealAfter(0);
    }

    /**
     * Every few seconds: the events written since those sealed an hour ago. An event is sealed by the first run after
     * its transaction commits, unless that transaction stayed open for about an hour while later events were sealed
     * (an event numbered below every event sealed an hour ago); such an event waits for the hourly look through the
     * whole log. Looking through a province's millions of events every few seconds kept a core busy.
     */
    @Scheduled(fixedDelayString = "${rectify.audit.seal-every:PT10S}", initialDelayString = "PT5S")
    public void sealNew() {
        Instant now = clock.instant();
        if (lastSweep == null || !now.isBefore(lastSweep.plus(SWEEP_EVERY))) {
            seal();
            lastSweep = now;
        } else {
            sealAfter(settledBefore(now.minus(SETTLED)));
        }
    }

    /** The last event of those sealed before the moment: every event before it had long committed, or was sealed. */
    long settledBefore(Instant moment) {
        return jdbc.sql("select coalesce(max(event_id), 0) from audit_seal where sealed_at < :moment")
                .param("moment", Timestamp.from(moment)).query(Long.class).single();
    }

    /** Seals the events numbered after the given one that are not yet sealed. */
    void sealAfter(long eventId) {
        try {
            transactions.executeWithoutResult(status -> sealPending(eventId));
        } catch (DataIntegrityViolationException e) {
            // another node sealed these events at the same moment; they are sealed, and this run changed nothing
            log.debug("audit events sealed by another node");
        }
    }

    private void sealPending(long after) {
        Head head = head();
        long sealed = 0;
        List<Event> batch;
        do {
            batch = jdbc.sql("select e.* from audit_event e where e.id > :after and not exists (select 1 from"
                            + " audit_seal s where s.event_id = e.id) order by e.id fetch first " + BATCH + " rows only")
                    .param("after", after).query((rs, n) -> Event.of(rs)).list();
            Timestamp at = Timestamp.from(clock.instant());
            List<Object[]> seals = new ArrayList<>(batch.size());
            for (Event event : batch) {
                String hash = mac(head.hash() + SEP + event.canonical());
                head = new Head(head.seq() + 1, hash);
                seals.add(new Object[] {head.seq(), event.id(), hash, at});
            }
            // a busy hour writes thousands of events: their seals go in one statement per batch, not one each
            batchJdbc.batchUpdate("insert into audit_seal (seq, event_id, hash, sealed_at) values (?, ?, ?, ?)", seals,
                    new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP});
            sealed += batch.size();
        } while (batch.size() == BATCH);
        if (sealed > 0) {
            anchor(firstSeal(), head);
        }
    }

    /** Walks the whole chain from its first seal. */
    @Transactional(readOnly = true)
    public Verification verify() {
        Map<Long, String> anchors = anchors(firstSeal());
        String[] previous = {""};
        long[] expected = {1};
        Verification[] broken = {null};
        jdbc.sql("select s.seq, s.hash as seal, e.* from audit_seal s left join audit_event e on e.id = s.event_id"
                + " order by s.seq").query((ResultSet rs) -> {
                    if (broken[0] != null) {
                        return;
                    }
                    long seq = rs.getLong("seq");
                    String seal = rs.getString("seal");
                    if (seq != expected[0]) {
                        broken[0] = broken(expected[0], "seal " + expected[0] + " is missing");
                        return;
                    }
                    if (rs.getObject("id") == null) {
                        broken[0] = broken(seq, "the event sealed as " + seq + " is missing");
                        return;
                    }
                    String hash = mac(previous[0] + SEP + Event.of(rs).canonical());
                    if (!hash.equals(seal)) {
                        broken[0] = broken(seq, "event " + rs.getLong("id") + " differs from what was sealed");
                        return;
                    }
                    String anchored = anchors.get(seq);
                    if (anchored != null && !anchored.equals(seal)) {
                        broken[0] = broken(seq, "the chain was rebuilt: seal " + seq + " differs from its anchor");
                        return;
                    }
                    previous[0] = seal;
                    expected[0]++;
                });
        long events = expected[0] - 1;
        if (broken[0] == null) {
            long lastAnchor = anchors.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            if (lastAnchor > events) {
                broken[0] = broken(events + 1, "the chain ends at " + events + " but was anchored at " + lastAnchor);
            }
        }
        Boolean guards = databaseGuards();
        if (broken[0] != null) {
            return new Verification(false, events, broken[0].brokenAt(), broken[0].reason(), guards);
        }
        return new Verification(true, events, null, null, guards);
    }

    /** On PostgreSQL, warns at start when a trigger that refuses changes to the log is missing or disabled. */
    @EventListener(ApplicationReadyEvent.class)
    void checkGuards() {
        if (Boolean.FALSE.equals(databaseGuards())) {
            log.error("The audit log's database triggers are missing or disabled: changes to audit_event and "
                    + "audit_seal are not refused by the database. Restore them (see db/vendor/postgresql).");
        }
    }

    /** Whether PostgreSQL's triggers are all there and enabled; null on a database without them (H2). */
    Boolean databaseGuards() {
        if (!database.isPostgreSql()) {
            return null;
        }
        long enabled = jdbc.sql("""
                select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relname in ('audit_event', 'audit_seal')
                and not t.tgisinternal and t.tgenabled <> 'D'
                and t.tgname in ('audit_event_no_update_or_delete', 'audit_seal_no_update_or_delete',
                                 'audit_event_no_truncate', 'audit_seal_no_truncate')""").query(Long.class).single();
        return enabled == 4;
    }

    private static Verification broken(long at, String reason) {
        return new Verification(false, 0, at, reason, null);
    }

    private record Head(long seq, String hash) {
    }

    /** The chain's first seal names the chain: anchors of another database's chain are not this one's. */
    private String firstSeal() {
        return jdbc.sql("select hash from audit_seal where seq = 1").query(String.class).optional().orElse("");
    }

    private Head head() {
        return jdbc.sql("select seq, hash from audit_seal order by seq desc fetch first 1 rows only")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).optional()
                .orElse(new Head(0, ""));
    }

    /** An event as sealed: every field, in a fixed order, with the time to the microsecond. */
    private record Event(long id, String canonical) {
        static Event of(ResultSet rs) throws SQLException {
            Timestamp at = rs.getTimestamp("occurred_at");
            long micros = at.toInstant().getEpochSecond() * 1_000_000 + at.toInstant().getNano() / 1_000;
            List<String> fields = new ArrayList<>();
            fields.add(String.valueOf(rs.getLong("id")));
            fields.add(String.valueOf(micros));
            for (String column : List.of("actor", "actor_id", "ip", "action", "entity_type", "entity_id", "summary",
                    "before_state", "after_state", "subject")) {
                String value = rs.getString(column);
                fields.add(value == null ? "\u0000" : value);
            }
            return new Event(rs.getLong("id"), String.join(SEP, fields));
        }
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key: configured (RECTIFY_AUDIT_CHAIN_KEY), or made once and kept in the data folder. */
    private synchronized byte[] key() {
        if (key != null) {
            return key;
        }
        try {
            if (!configuredKey.isBlank()) {
                key = Base64.getDecoder().decode(configuredKey.strip());
            } else if (Files.exists(keyFile)) {
                key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
            } else {
                byte[] made = new byte[32];
                new SecureRandom().nextBytes(made);
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                try {
                    Files.writeString(keyFile, Base64.getEncoder().encodeToString(made), StandardOpenOption.CREATE_NEW);
                    key = made;
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another process made it a moment ago
                    key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
                }
            }
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("the audit chain's key cannot be read or made: " + keyFile, e);
        }
    }

    private void anchor(String chain, Head head) {
        try {
            Files.createDirectories(anchorFile.toAbsolutePath().getParent());
            Files.writeString(anchorFile, chain + " " + head.seq() + " " + head.hash() + " " + clock.instant() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("could not write the audit anchor {}: {}", anchorFile, e.getMessage());
        }
    }

    private Map<Long, String> anchors(String chain) {
        Map<Long, String> anchors = new HashMap<>();
        if (!Files.exists(anchorFile)) {
            return anchors;
        }
        try {
            for (String line : Files.readAllLines(anchorFile, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length >= 3 && parts[0].equals(chain) && parts[1].matches("\\d+")) {
                    anchors.put(Long.parseLong(parts[1]), parts[2]);
                }
            }
        } catch (IOException e) {
            log.warn("could not read the audit anchors {}: {}", anchorFile, e.getMessage());
        }
        return anchors;
    }
}
