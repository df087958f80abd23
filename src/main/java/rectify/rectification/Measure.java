package rectify.rectification;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import rectify.shared.BusinessException;

/** One concrete action of a problem's plan (一是、二是…): who does it, by when, and whether it is done. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "problem_id")
    private Long problemId;

    private int seq;

    @Size(max = 20000)
    private String text;

    @Column(name = "responsible_user_id")
    private Long responsibleUserId;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status = MeasureStatus.PENDING;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completion_note")
    @Size(max = 2000)
    private String completionNote;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removal_reason")
    @Size(max = 500)
    private String removalReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Measure() {
    }

    Measure(Long problemId, int seq, String text, Long responsibleUserId, LocalDate deadline, Instant createdAt) {
        this.problemId = problemId;
        this.seq = seq;
        this.createdAt = createdAt;
        edit(text, responsibleUserId, deadline);
    }

    void edit(String text, Long responsibleUserId, LocalDate deadline) {
        if (text == null || text.isBlank()) {
            throw BusinessException.rule("measure.rule.text").onField("text");
        }
        this.text = text.strip();
        this.responsibleUserId = responsibleUserId;
        this.deadline = rectify.shared.SaneDates.check(deadline);
    }

    void complete(LocalDate on, String note, LocalDate today) {
        if (on == null) {
            throw BusinessException.rule("measure.rule.completedOn").onField("completedOn");
        }
        rectify.shared.SaneDates.check(on);
        if (on.isAfter(today)) {
            throw BusinessException.rule("measure.rule.completedInFuture").onField("completedOn");
        }
        this.status = MeasureStatus.DONE;
        this.completedOn = on;
        this.completionNote = note == null || note.isBlank() ? null : note.strip();
    }

    void reopen() {
        this.status = MeasureStatus.PENDING;
        this.completedOn = null;
        this.completionNote = null;
    }

    void remove(Instant now, String reason) {
        this.removedAt = now;
        this.removalReason = reason;
    }

    void placeAt(int seq) {
        this.seq = seq;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("seq", seq);
        state.put("text", text);
        state.put("responsibleUserId", responsibleUserId);
        state.put("deadline", deadline == null ? null : deadline.toString());
        state.put("status", status.name());
        state.put("completedOn", completedOn == null ? null : completedOn.toString());
        state.put("completionNote", completionNote);
        state.put("removed", removedAt != null);
        state.put("removalReason", removalReason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getProblemId() {
        return problemId;
    }

    public int getSeq() {
        return seq;
    }

    public String getText() {
        return text;
    }

    public Long getResponsibleUserId() {
        return responsibleUserId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
