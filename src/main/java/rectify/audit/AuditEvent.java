package rectify.audit;

import jakarta.validation.constraints.Size;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the audit log: who did what to which entity, from where, and the state before and after. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Size(max = 64)
    private String actor;

    @Column(name = "actor_id")
    private Long actorId;

    @Size(max = 64)
    private String ip;

    @Size(max = 30)
    private String action;

    @Column(name = "entity_type")
    @Size(max = 60)
    private String entityType;

    @Column(name = "entity_id")
    @Size(max = 64)
    private String entityId;

    @Size(max = 500)
    private String summary;

    @Column(name = "before_state")
    @Size(max = 1000000)
    private String beforeState;

    @Column(name = "after_state")
    @Size(max = 1000000)
    private String afterState;

    @Size(max = 80)
    private String subject;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, Long actorId, String ip, String action, String entityType,
               String entityId, String summary, String beforeState, String afterState, String subject) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorId = actorId;
        this.ip = ip;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.subject = subject;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getIp() {
        return ip;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getSubject() {
        return subject;
    }
}
