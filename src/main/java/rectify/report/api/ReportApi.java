package rectify.report.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import rectify.report.ReportSection;
import rectify.report.ReportSettings;
import rectify.report.Reports;
import rectify.org.BusinessRoles;
import rectify.shared.BusinessException;

/** The report's heading facts and narrative sections ({@code GET}, {@code PUT} with the version read). */
@RestController
@BusinessRoles
class ReportApi {

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    record SectionJson(String heading, String body, boolean afterFeedback, boolean internal) {
        static SectionJson of(ReportSection s) {
            return new SectionJson(s.getHeading(), s.getBody(), s.isAfterFeedback(), s.isInternal());
        }
    }

    record ReportJson(String title, String recipient, String issuer, LocalDate reportDate, List<SectionJson> sections,
                      Long version, String opening, String contactPhone, String contactAddress, String contactEmail,
                      Boolean sealed, List<String> notNames, List<Integer> withheldProblems) {
    }

    @GetMapping("/api/v1/inspections/{id}/report")
    ReportJson get(@PathVariable long id) {
        ReportSettings settings = reports.settingsOf(id);
        return new ReportJson(settings.getTitle(), settings.getRecipient(), settings.getIssuer(),
                settings.getReportDate(), reports.sectionsOf(id).stream().map(SectionJson::of).toList(),
                settings.getVersion(), settings.getOpening(), settings.getContactPhone(), settings.getContactAddress(),
                settings.getContactEmail(), settings.isSealed(), settings.getNotNames().stream().sorted().toList(),
                settings.getWithheldProblems().stream().sorted().toList());
    }

    @PutMapping("/api/v1/inspections/{id}/report")
    ReportJson put(@PathVariable long id, @RequestBody ReportJson report) {
        if (report.version() == null) {
            throw BusinessException.badRequest("error.versionRequired");
        }
        reports.save(id, report.version(), new Reports.Heading(report.title(), report.recipient(), report.issuer(),
                        report.reportDate(), report.opening(), report.contactPhone(), report.contactAddress(),
                        report.contactEmail(), report.sealed() == null || report.sealed(), report.notNames(),
                        report.withheldProblems()),
                report.sections() == null ? List.of() : report.sections().stream()
                        .map(s -> new Reports.SectionDraft(s.heading(), s.body(), s.afterFeedback(), s.internal()))
                        .toList());
        return get(id);
    }
}
