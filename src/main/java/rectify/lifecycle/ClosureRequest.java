package rectify.lifecycle;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import rectify.org.Role;
import rectify.shared.BusinessException;

/**
 * A request to close a problem (销号申请): the summary that feeds the report, its evidence, and how far up its
 * review levels it has come. Decided requests never change again.
 */
@Entity
@Table(name = "closure_request")
public class ClosureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "problem_id")
    private Long problemId;

    private int cycle;

    @Size(max = 20000)
    private String summary;

    @Enumerated(EnumType.STRING)
    private ClosureRequestStatus status = ClosureRequestStatus.PENDING;

    @Size(max = 200)
    private String levels;

    @Column(name = "current_level")
    private int currentLevel;

    /** The role at the current level, kept beside it so that a reviewer's requests are found by the database. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_role")
    private Role decidingRole;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "closure_request_evidence", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "attachment_id")
    private Set<Long> attachmentIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected ClosureRequest() {
    }

    ClosureRequest(Long problemId, int cycle, String summary, List<Role> levels, Set<Long> attachmentIds,
                   Long requestedBy, Instant requestedAt) {
        this.problemId = problemId;
        this.cycle = cycle;
        this.summary = summary;
        this.levels = String.join(",", levels.stream().map(Enum::name).toList());
        this.decidingRole = levels.get(0);
        this.attachmentIds.addAll(attachmentIds);
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public List<Role> levels() {
        return Arrays.stream(levels.split(",")).map(Role::valueOf).toList();
    }

    /** The role that decides now. */
    public Role currentRole() {
        return decidingRole;
    }

    public boolean atLastLevel() {
        return currentLevel == levels().size() - 1;
    }

    void addEvidence(java.util.Collection<Long> ids) {
        attachmentIds.addAll(ids);
    }

    void advance() {
        pending();
        currentLevel++;
        decidingRole = levels().get(currentLevel);
    }

    void finish(ClosureRequestStatus outcome, Instant at) {
        pending();
        status = outcome;
        decidedAt = at;
    }

    private void pending() {
        if (status != ClosureRequestStatus.PENDING) {
            throw BusinessException.conflict("lifecycle.rule.requestDecided");
        }
    }

    public boolean isPending() {
        return status == ClosureRequestStatus.PENDING;
    }

    public Long getId() { return id; }
    public Long getProblemId() { return problemId; }
    public int getCycle() { return cycle; }
    public String getSummary() { return summary; }
    public ClosureRequestStatus getStatus() { return status; }
    public int getCurrentLevel() { return currentLevel; }
    public Long getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Set<Long> getAttachmentIds() { return Set.copyOf(attachmentIds); }
    public long getVersion() { return version; }
}
