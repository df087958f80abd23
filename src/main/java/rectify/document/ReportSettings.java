package rectify.document;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The heading facts of an inspection's report: title, recipient (主送), issuer (落款) and date. */
@Entity
@Table(name = "report_settings")
public class ReportSettings {

    @Id
    @Column(name = "inspection_id")
    private Long inspectionId;

    private String title;

    private String recipient;

    private String issuer;

    @Column(name = "report_date")
    private LocalDate reportDate;

    @Version
    private long version;

    protected ReportSettings() {
    }

    ReportSettings(Long inspectionId) {
        this.inspectionId = inspectionId;
    }

    void set(String title, String recipient, String issuer, LocalDate reportDate) {
        this.title = blank(title);
        this.recipient = blank(recipient);
        this.issuer = blank(issuer);
        this.reportDate = reportDate;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getInspectionId() { return inspectionId; }
    public String getTitle() { return title; }
    public String getRecipient() { return recipient; }
    public String getIssuer() { return issuer; }
    public LocalDate getReportDate() { return reportDate; }
    public long getVersion() { return version; }
}
