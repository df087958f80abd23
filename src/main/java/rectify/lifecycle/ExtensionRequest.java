package rectify.lifecycle;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import rectify.shared.BusinessException;

/** A request to move a problem's deadline (延期申请), decided once by the inspection office. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "problem_id")
    private Long problemId;

    private int cycle;

    @Column(name = "old_deadline")
    private LocalDate oldDeadline;

    @Column(name = "new_deadline")
    private LocalDate newDeadline;

    @Size(max = 4000)
    private String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.PENDING;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    @Size(max = 4000)
    private String decisionComment;

    @Version
    private long version;

    protected ExtensionRequest() {
    }

    ExtensionRequest(Long problemId, int cycle, LocalDate oldDeadline, LocalDate newDeadline, String reason,
                     Long requestedBy, Instant requestedAt) {
        this.problemId = problemId;
        this.cycle = cycle;
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(boolean approve, String comment, Long by, Instant at) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict("lifecycle.rule.requestDecided");
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        decisionComment = comment;
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getProblemId() { return problemId; }
    public int getCycle() { return cycle; }
    public LocalDate getOldDeadline() { return oldDeadline; }
    public LocalDate getNewDeadline() { return newDeadline; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public Long getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
    public long getVersion() { return version; }
}
