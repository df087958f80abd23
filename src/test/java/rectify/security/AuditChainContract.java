package rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectify.support.DemoUsers.*;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import rectify.support.ApiClient;

/**
 * The audit log cannot be rewritten unnoticed: the chain verifies intact after real work; an event changed behind the
 * application's back, or a seal removed, is found and named; on PostgreSQL the database refuses UPDATE, DELETE and
 * TRUNCATE, and a disabled trigger is reported. Reads of documents are audited; the audit administrator sees who did
 * what, not the business content.
 */
abstract class AuditChainContract extends rectify.support.ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    rectify.audit.AuditChain chain;

    abstract boolean postgres();

    JsonNode verification() {
        var answer = as(AUDIT_ADMIN).get("/api/v1/audit-events/verification");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void theChainVerifiesIntactAndAChangedEventIsFoundWhereItWasChanged() {
        ApiClient office = as(INSPECTION_OFFICE);
        office.download("/api/v1/inspections/" + inspectionId(office, "区委第二巡察组对区科协党组常规巡察") + "/report.docx");
        JsonNode before = verification();
        assertThat(before.get("intact").asBoolean()).as(before.toString()).isTrue();
        assertThat(before.get("events").asLong()).isPositive();
        assertThat(as(KEXIE_COORDINATOR).get("/api/v1/audit-events/verification").status()).isEqualTo(403);

        long id = jdbc.queryForObject("select max(event_id) from audit_seal", Long.class);
        String summary = jdbc.queryForObject("select summary from audit_event where id = ?", String.class, id);
        if (postgres()) {
            assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'x' where id = ?", id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from audit_seal where event_id = ?", id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.execute("truncate audit_event cascade"))
                    .hasMessageContaining("append-only");
            assertThat(verification().get("databaseGuards").asBoolean()).isTrue();
            jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
        }
        try {
            jdbc.update("update audit_event set summary = ? where id = ?", "改过的记录", id);
            JsonNode tampered = verification();
            assertThat(tampered.get("intact").asBoolean()).isFalse();
            assertThat(tampered.get("reason").asString()).contains("event " + id);
            if (postgres()) {
                assertThat(tampered.get("databaseGuards").asBoolean()).as("a disabled trigger is reported").isFalse();
            }
        } finally {
            jdbc.update("update audit_event set summary = ? where id = ?", summary, id);
            if (postgres()) {
                jdbc.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
            }
        }
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aSealForgedWithoutTheKeyIsFound() {
        verification();
        jdbc.update("insert into audit_event (occurred_at, actor, action, summary) values (current_timestamp, 'forger',"
                + " 'UPDATE', '伪造')");
        long forged = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        long next = jdbc.queryForObject("select max(seq) from audit_seal", Long.class) + 1;
        jdbc.update("insert into audit_seal (seq, event_id, hash, sealed_at) values (?, ?, ?, current_timestamp)", next,
                forged, "0".repeat(64));
        try {
            // walked as it stands, without sealing anything new behind the forgery
            var found = chain.verify();
            assertThat(found.intact()).isFalse();
            assertThat(found.brokenAt()).isEqualTo(next);
        } finally {
            if (postgres()) {
                jdbc.execute("alter table audit_seal disable trigger audit_seal_no_update_or_delete");
                jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            }
            jdbc.update("delete from audit_seal where seq = ?", next);
            jdbc.update("delete from audit_event where id = ?", forged);
            if (postgres()) {
                jdbc.execute("alter table audit_seal enable trigger audit_seal_no_update_or_delete");
                jdbc.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
            }
        }
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void readsAreAuditedAndTheAuditAdministratorSeesWhoDidWhatNotTheContent() {
        ApiClient kexie = as(KEXIE_COORDINATOR);
        long seed = inspectionId(kexie, "区委第二巡察组对区科协党组常规巡察");
        assertThat(kexie.download("/api/v1/inspections/" + seed + "/ledger.xlsx").statusCode()).isEqualTo(200);
        JsonNode reads = as(AUDIT_ADMIN).get("/api/v1/audit-events?action=READ&actor=" + KEXIE_COORDINATOR).json();
        assertThat(reads.get("content")).isNotEmpty();
        assertThat(reads.get("content").get(0).get("summary").asString()).endsWith("问题台账.xlsx");
        JsonNode changes = as(AUDIT_ADMIN).get("/api/v1/audit-events?action=UPDATE").json().get("content");
        assertThat(changes).isNotEmpty();
        for (JsonNode change : changes) {
            assertThat(change.get("before").isNull()).isTrue();
            assertThat(change.get("after").isNull()).isTrue();
        }
    }
}
