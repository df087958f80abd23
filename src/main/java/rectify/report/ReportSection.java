package rectify.report;

import jakarta.validation.constraints.Size;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A narrative section the unit writes (e.g. 强化整改主体责任, 下一步工作打算): a heading and paragraphs, placed before or
 * after the generated feedback section; an internal one is left out of the public version.
 */
@Entity
@Table(name = "report_section")
public class ReportSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id")
    private Long inspectionId;

    private int seq;

    @Size(max = 300)
    private String heading;

    @Size(max = 40000)
    private String body;

    @Column(name = "after_feedback")
    private boolean afterFeedback;

    private boolean internal;

    protected ReportSection() {
    }

    ReportSection(Long inspectionId, int seq, String heading, String body, boolean afterFeedback, boolean internal) {
        this.inspectionId = inspectionId;
        this.seq = seq;
        this.heading = heading;
        this.body = body;
        this.afterFeedback = afterFeedback;
        this.internal = internal;
    }

    public Long getId() { return id; }
    public int getSeq() { return seq; }
    public String getHeading() { return heading; }
    public String getBody() { return body; }
    public boolean isAfterFeedback() { return afterFeedback; }
    public boolean isInternal() { return internal; }
}
