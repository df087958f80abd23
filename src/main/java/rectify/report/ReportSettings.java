package rectify.report;

import jakarta.validation.constraints.Size;
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

    @Size(max = 300)
    private String title;

    @Size(max = 200)
    private String recipient;

    @Size(max = 200)
    private String issuer;

    @Column(name = "report_date")
    private LocalDate reportDate;

    @Size(max = 4000)
    private String opening;

    @Column(name = "contact_phone")
    @Size(max = 100)
    private String contactPhone;

    @Column(name = "contact_address")
    @Size(max = 300)
    private String contactAddress;

    @Column(name = "contact_email")
    @Size(max = 200)
    private String contactEmail;

    private boolean sealed = true;

    @Column(name = "not_names")
    @Size(max = 2000)
    private String notNames;

    @Column(name = "withheld_problems")
    @Size(max = 4000)
    private String withheldProblems;

    @Version
    private long version;

    protected ReportSettings() {
    }

    ReportSettings(Long inspectionId) {
        this.inspectionId = inspectionId;
    }

    void set(Reports.Heading heading) {
        set(heading.title(), heading.recipient(), heading.issuer(), heading.reportDate());
        this.opening = blank(heading.opening());
        this.contactPhone = blank(heading.contactPhone());
        this.contactAddress = blank(heading.contactAddress());
        this.contactEmail = blank(heading.contactEmail());
        this.sealed = heading.sealed();
        this.notNames = heading.notNames() == null || heading.notNames().isEmpty() ? null
                : String.join("\n", heading.notNames().stream().map(String::strip).filter(n -> !n.isEmpty()).toList());
        this.withheldProblems = heading.withheld() == null || heading.withheld().isEmpty() ? null
                : String.join(",", heading.withheld().stream().distinct().sorted().map(String::valueOf).toList());
    }

    private void set(String title, String recipient, String issuer, LocalDate reportDate) {
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
    /** The opening as the unit edited it; null while it is composed from the ledger. */
    public String getOpening() { return opening; }
    public String getContactPhone() { return contactPhone; }
    public String getContactAddress() { return contactAddress; }
    public String getContactEmail() { return contactEmail; }
    /** Whether the report is sealed (加盖印章); it decides how the signature is set. */
    public boolean isSealed() { return sealed; }
    /** The numbers of the problems the public version leaves out (not to be published: 不宜公开). */
    public java.util.Set<Integer> getWithheldProblems() {
        return withheldProblems == null ? java.util.Set.of() : java.util.Arrays.stream(withheldProblems.split(","))
                .map(Integer::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** What the unit confirmed is no name of a person, though it looks like one. */
    public java.util.Set<String> getNotNames() {
        return notNames == null ? java.util.Set.of() : java.util.Set.copyOf(java.util.Arrays.asList(notNames.split("\n")));
    }
}
