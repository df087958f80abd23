package rectify.inspection;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

import rectify.shared.BusinessException;

/**
 * One feedback problem, numbered 1..N across its inspection: what is wrong, who answers for it, by when, and where
 * it stands in its lifecycle. The aggregate owns its state; services never set the status from outside.
 */
@Entity
@Table(name = "problem")
public class Problem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id")
    private Long inspectionId;

    @Column(name = "category_id")
    private Long categoryId;

    private int seq;

    @Size(max = 500)
    private String title;

    @Size(max = 20000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "rectification_type")
    private RectificationType rectificationType;

    @Enumerated(EnumType.STRING)
    private ProblemOrigin origin;

    @Column(name = "responsible_leader_id")
    private Long responsibleLeaderId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_unit", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "org_unit_id")
    private Set<Long> responsibleUnitIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_person", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "user_id")
    private Set<Long> responsibleUserIds = new LinkedHashSet<>();

    private LocalDate deadline;

    @Column(name = "original_deadline")
    private LocalDate originalDeadline;

    @Enumerated(EnumType.STRING)
    private ProblemStatus status;

    private int cycle = 1;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    @Size(max = 2000)
    private String note;

    @Column(name = "deadline_reason")
    @Size(max = 500)
    private String deadlineReason;

    @Column(name = "stage_goal")
    @Size(max = 2000)
    private String stageGoal;

    @Column(name = "first_closed_on")
    private LocalDate firstClosedOn;

    @Column(name = "reopened_count")
    private int reopenedCount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Problem() {
    }

    Problem(Long inspectionId, Long categoryId, int seq, String title, String description, ProblemOrigin origin,
            Responsibility responsibility, Instant createdAt) {
        this.inspectionId = inspectionId;
        this.categoryId = categoryId;
        this.seq = seq;
        this.origin = origin;
        this.status = ProblemStatus.PLANNING;
        this.createdAt = createdAt;
        describe(categoryId, title, description);
        assign(responsibility);
    }

    /** Who answers for the problem, how fast it must be fixed, and by when. */
    public record Responsibility(RectificationType type, Long leaderId, Set<Long> unitIds, Set<Long> userIds,
                                 LocalDate deadline, String note, String deadlineReason) {
        public Responsibility {
            unitIds = unitIds == null ? Set.of() : unitIds;
            userIds = userIds == null ? Set.of() : userIds;
        }

        public Responsibility(RectificationType type, Long leaderId, Set<Long> unitIds, Set<Long> userIds,
                              LocalDate deadline, String note) {
            this(type, leaderId, unitIds, userIds, deadline, note, null);
        }
    }

    void describe(Long categoryId, String title, String description) {
        if (title == null || title.isBlank()) {
            throw BusinessException.rule("problem.rule.title").onField("title");
        }
        this.categoryId = categoryId;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /**
     * Sets responsibility and type. The deadline is part of the plan while it is being made; once the plan is under
     * review or approved it moves only through an approved extension, so the original stays on record.
     */
    void assign(Responsibility responsibility) {
        if (responsibility.type() == null) {
            throw BusinessException.rule("problem.rule.type");
        }
        rectify.shared.SaneDates.check(responsibility.deadline());
        boolean deadlineChanged = !java.util.Objects.equals(deadline, responsibility.deadline());
        if (deadlineChanged && status != ProblemStatus.PLANNING) {
            throw BusinessException.conflict("problem.rule.deadlineByExtension");
        }
        this.rectificationType = responsibility.type();
        this.responsibleLeaderId = responsibility.leaderId();
        this.responsibleUnitIds.clear();
        this.responsibleUnitIds.addAll(responsibility.unitIds());
        this.responsibleUserIds.clear();
        this.responsibleUserIds.addAll(responsibility.userIds());
        this.note = responsibility.note() == null || responsibility.note().isBlank() ? null : responsibility.note().strip();
        if (status == ProblemStatus.PLANNING) {
            this.deadline = responsibility.deadline();
            this.originalDeadline = responsibility.deadline();
            this.deadlineReason = responsibility.deadlineReason() == null || responsibility.deadlineReason().isBlank()
                    ? null : responsibility.deadlineReason().strip();
        }
    }

    /**
     * Enters a problem whose rectification already happened outside the system, as an earlier report records it
     * (the seed inspection, imports of earlier ledgers): its status, closure date and next review date.
     */
    void adoptRecordedState(ProblemStatus recorded, LocalDate closedOn, LocalDate nextReviewDate) {
        if (recorded == ProblemStatus.CLOSED && closedOn == null) {
            throw BusinessException.rule("problem.rule.closedNeedsDate");
        }
        if (recorded == ProblemStatus.ONGOING && nextReviewDate == null) {
            throw BusinessException.rule("problem.rule.ongoingNeedsReview");
        }
        this.status = recorded;
        this.closedOn = recorded == ProblemStatus.CLOSED ? closedOn : null;
        if (recorded == ProblemStatus.CLOSED && firstClosedOn == null) {
            firstClosedOn = closedOn;
        }
        this.nextReviewDate = recorded == ProblemStatus.ONGOING ? nextReviewDate : null;
    }

    // ---- the lifecycle of domain.md; each step checks where the problem stands

    /** The plan goes to review, or straight to work where the inspection does not review plans. */
    public void submitPlan(boolean reviewRequired) {
        require(ProblemTransition.SUBMIT_PLAN);
        status = reviewRequired ? ProblemStatus.PLAN_REVIEW : ProblemStatus.IN_PROGRESS;
    }

    public void approvePlan() {
        require(ProblemTransition.APPROVE_PLAN);
        status = ProblemStatus.IN_PROGRESS;
    }

    public void rejectPlan() {
        require(ProblemTransition.REJECT_PLAN);
        status = ProblemStatus.PLANNING;
    }

    /** Whether closure may be asked for now: an immediate problem (立行立改) may ask straight from its plan. */
    public boolean mayRequestClosure() {
        return ProblemTransition.REQUEST_CLOSURE.allowedFrom(status)
                && (status != ProblemStatus.PLANNING || rectificationType == RectificationType.IMMEDIATE);
    }

    /** Asks for closure (销号). */
    public void requestClosure() {
        require(ProblemTransition.REQUEST_CLOSURE);
        if (!mayRequestClosure()) {
            throw BusinessException.conflict("lifecycle.rule.closureOnlyImmediateFromPlan");
        }
        status = ProblemStatus.CLOSURE_REVIEW;
    }

    public void rejectClosure() {
        require(ProblemTransition.REJECT);
        status = ProblemStatus.IN_PROGRESS;
    }

    /** The last review level approved: closed (已整改到位) on that day. */
    public void close(LocalDate on) {
        require(ProblemTransition.APPROVE);
        status = ProblemStatus.CLOSED;
        closedOn = on;
        nextReviewDate = null;
        if (firstClosedOn == null) {
            firstClosedOn = on;
        }
    }

    /** Approved as a long-term item (长期坚持): results so far, tracked until a final closure. */
    public void approveAsLongTerm(String goal, LocalDate nextReview, LocalDate today) {
        require(ProblemTransition.APPROVE_AS_LONG_TERM);
        if (goal == null || goal.isBlank()) {
            throw BusinessException.rule("lifecycle.rule.stageGoal").onField("stageGoal");
        }
        if (nextReview == null || !nextReview.isAfter(today)) {
            throw BusinessException.rule("lifecycle.rule.nextReview").onField("nextReviewDate");
        }
        status = ProblemStatus.ONGOING;
        stageGoal = goal.strip();
        nextReviewDate = nextReview;
    }

    /** Found again (反弹回潮): a new cycle starts; what earlier cycles recorded stays as it was. */
    public void reopen() {
        require(ProblemTransition.REOPEN);
        status = ProblemStatus.IN_PROGRESS;
        cycle++;
        reopenedCount++;
        closedOn = null;
        stageGoal = null;
        nextReviewDate = null;
    }

    /** An approved extension (延期): the deadline moves, the original stays on record. */
    public void extendDeadline(LocalDate newDeadline) {
        if (status == ProblemStatus.CLOSED || status == ProblemStatus.PLANNING) {
            throw BusinessException.conflict("lifecycle.rule.extensionState");
        }
        if (originalDeadline == null) {
            originalDeadline = deadline;
        }
        deadline = newDeadline;
    }

    private void require(ProblemTransition transition) {
        if (!transition.allowedFrom(status)) {
            throw BusinessException.conflict("lifecycle.rule.illegal",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("lifecycle.action." + transition.name()),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("problem.status." + status.name()));
        }
    }

    public boolean isResponsible(long userId) {
        return responsibleUserIds.contains(userId) || (responsibleLeaderId != null && responsibleLeaderId == userId);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("seq", seq);
        state.put("title", title);
        state.put("description", description);
        state.put("categoryId", categoryId);
        state.put("rectificationType", rectificationType.name());
        state.put("origin", origin.name());
        state.put("responsibleLeaderId", responsibleLeaderId);
        state.put("responsibleUnitIds", new TreeSet<>(responsibleUnitIds));
        state.put("responsibleUserIds", new TreeSet<>(responsibleUserIds));
        state.put("deadline", deadline == null ? null : deadline.toString());
        state.put("status", status.name());
        state.put("closedOn", closedOn == null ? null : closedOn.toString());
        state.put("nextReviewDate", nextReviewDate == null ? null : nextReviewDate.toString());
        state.put("note", note);
        state.put("deadlineReason", deadlineReason);
        state.put("cycle", cycle);
        state.put("stageGoal", stageGoal);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public int getSeq() {
        return seq;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public RectificationType getRectificationType() {
        return rectificationType;
    }

    public ProblemOrigin getOrigin() {
        return origin;
    }

    /** Closes the gap a voided problem left in the inspection's numbering. */
    void renumber(int seq) {
        this.seq = seq;
    }

    public String getDeadlineReason() {
        return deadlineReason;
    }

    public Long getResponsibleLeaderId() {
        return responsibleLeaderId;
    }

    public List<Long> getResponsibleUnitIds() {
        return List.copyOf(responsibleUnitIds);
    }

    public List<Long> getResponsibleUserIds() {
        return List.copyOf(responsibleUserIds);
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getOriginalDeadline() {
        return originalDeadline;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public int getCycle() {
        return cycle;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public String getNote() {
        return note;
    }

    public String getStageGoal() {
        return stageGoal;
    }

    public LocalDate getFirstClosedOn() {
        return firstClosedOn;
    }

    public int getReopenedCount() {
        return reopenedCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
