package rectify.evidence;

import jakarta.validation.constraints.Size;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/** One evidence file as a person uploaded it: its original name, its content's hash, and what it belongs to. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 64)
    private String sha256;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "content_type")
    @Size(max = 100)
    private String contentType;

    @Column(name = "file_name")
    @Size(max = 255)
    private String fileName;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "inspection_id")
    private Long inspectionId;

    @Column(name = "problem_id")
    private Long problemId;

    @Column(name = "owner_type")
    @Size(max = 40)
    private String ownerType;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @jakarta.persistence.Embedded
    private rectify.shared.Voiding voiding = new rectify.shared.Voiding();

    /** Voided with a reason: it leaves the lists and documents, and stays on record. */
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

    protected Attachment() {
    }

    Attachment(StoredFile file, String fileName, Owner owner, Long uploadedBy, Instant uploadedAt) {
        this.sha256 = file.sha256();
        this.size = file.size();
        this.contentType = file.type().contentType();
        this.fileName = fileName;
        this.unitId = owner.unitId();
        this.inspectionId = owner.inspectionId();
        this.problemId = owner.problemId();
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** What a file belongs to, and the unit whose scope guards it. */
    public record Owner(String type, long id, long unitId, Long inspectionId, Long problemId) {
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public Long getProblemId() {
        return problemId;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
