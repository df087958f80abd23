package rectify.inspection;

import jakarta.validation.constraints.Size;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An aspect of the feedback (问题方面) that groups problems, ordered 一、二、三…. */
@Entity
@Table(name = "feedback_category")
public class FeedbackCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id")
    private Long inspectionId;

    private int seq;

    @Size(max = 500)
    private String title;

    @Version
    private long version;

    protected FeedbackCategory() {
    }

    FeedbackCategory(Long inspectionId, int seq, String title) {
        this.inspectionId = inspectionId;
        this.seq = seq;
        this.title = title;
    }

    void retitle(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public int getSeq() {
        return seq;
    }

    public String getTitle() {
        return title;
    }

    public long getVersion() {
        return version;
    }

    /** 一、二、… as the report numbers aspects. */
    public String chineseNumber() {
        return ChineseNumbers.of(seq);
    }
}
