package rectify.audit.api;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.audit.AuditEvent;
import rectify.audit.AuditLog;
import rectify.shared.PageResult;

/** The audit log, for the audit administrator only. */
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditEventApi {

    private final AuditLog auditLog;

    AuditEventApi(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Whether the chain of audit events is intact, and where it broke if not. */
    @GetMapping("/verification")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    rectify.audit.AuditChain.Verification verification() {
        return auditLog.verifyChain();
    }

    record AuditEventJson(long id, Instant occurredAt, String actor, Long actorId, String ip, String action,
                          String entityType, String entityId, String summary, String before, String after) {
        static AuditEventJson of(AuditEvent e, boolean content) {
            return new AuditEventJson(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorId(), e.getIp(),
                    e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(),
                    content ? e.getBeforeState() : null, content ? e.getAfterState() : null);
        }
    }

    @GetMapping
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    PageResult<AuditEventJson> search(@RequestParam(required = false) String actor,
                                      @RequestParam(required = false) String action,
                                      @RequestParam(required = false) String entityType,
                                      @RequestParam(required = false) String entityId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) String q,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        return auditLog.search(new AuditLog.Query(actor, action, entityType, entityId, from, to, q), page, size)
                .map(e -> AuditEventJson.of(e, auditLog.showsContent()));
    }
}
