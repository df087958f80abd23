package rectify.lifecycle;

import jakarta.validation.constraints.Size;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import rectify.inspection.ProblemStatus;

/** One step of a problem's lifecycle: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "problem_transition")
public class TransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "problem_id")
    private Long problemId;

    private int cycle;

    @Size(max = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProblemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ProblemStatus toStatus;

    @Size(max = 4000)
    private String comment;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected TransitionRecord() {
    }

    TransitionRecord(Long problemId, int cycle, String action, ProblemStatus from, ProblemStatus to, String comment,
                     Long actorId, Instant occurredAt) {
        this.problemId = problemId;
        this.cycle = cycle;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.comment = comment;
        this.actorId = actorId;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Long getProblemId() { return problemId; }
    public int getCycle() { return cycle; }
    public String getAction() { return action; }
    public ProblemStatus getFromStatus() { return fromStatus; }
    public ProblemStatus getToStatus() { return toStatus; }
    public String getComment() { return comment; }
    public Long getActorId() { return actorId; }
    public Instant getOccurredAt() { return occurredAt; }
}
