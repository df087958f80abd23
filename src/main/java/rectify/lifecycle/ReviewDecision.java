package rectify.lifecycle;

import jakarta.validation.constraints.Size;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reviewer's decision on a plan, a closure request (at one level) or an extension, with its comment. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "problem_id")
    private Long problemId;

    private int cycle;

    /** PLAN, CLOSURE or EXTENSION. */
    @Size(max = 20)
    private String subject;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "level_no")
    private Integer levelNo;

    @Column(name = "level_role")
    @Size(max = 30)
    private String levelRole;

    @Size(max = 30)
    private String decision;

    @Size(max = 4000)
    private String comment;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(Long problemId, int cycle, String subject, Long requestId, Integer levelNo, String levelRole,
                   String decision, String comment, Long decidedBy, Instant decidedAt) {
        this.problemId = problemId;
        this.cycle = cycle;
        this.subject = subject;
        this.requestId = requestId;
        this.levelNo = levelNo;
        this.levelRole = levelRole;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public Long getProblemId() { return problemId; }
    public int getCycle() { return cycle; }
    public String getSubject() { return subject; }
    public Long getRequestId() { return requestId; }
    public Integer getLevelNo() { return levelNo; }
    public String getLevelRole() { return levelRole; }
    public String getDecision() { return decision; }
    public String getComment() { return comment; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
