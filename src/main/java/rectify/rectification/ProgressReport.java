package rectify.rectification;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated progress entry on a measure; its evidence files hang on it. Never changed once filed. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id")
    private Long measureId;

    @Column(name = "problem_id")
    private Long problemId;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Size(max = 20000)
    private String text;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "on_behalf")
    private boolean onBehalf;

    @jakarta.persistence.Embedded
    private rectify.shared.Voiding voiding = new rectify.shared.Voiding();

    protected ProgressReport() {
    }

    ProgressReport(Long measureId, Long problemId, LocalDate reportedOn, String text, Long authorId, Instant createdAt) {
        this.measureId = measureId;
        this.problemId = problemId;
        this.reportedOn = reportedOn;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    /** Entered by the inspection office on the unit's behalf (代录). */
    void enteredOnBehalf() {
        this.onBehalf = true;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    /** Filed by mistake: kept, struck through, with the reason; it no longer counts as progress. */
    void voidWith(String reason, long by, Instant at) {
        voiding().voidWith(reason, by, at);
    }

    public boolean isVoided() {
        return voiding().isVoided();
    }

    public String getVoidReason() {
        return voiding().reason();
    }

    private rectify.shared.Voiding voiding() {
        return voiding = rectify.shared.Voiding.orNone(voiding);
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Long getProblemId() {
        return problemId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getText() {
        return text;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
