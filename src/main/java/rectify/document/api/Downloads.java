package rectify.document.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.document.EvidencePackage;
import rectify.document.LedgerWorkbook;
import rectify.document.ReportContent;
import rectify.document.ReportWriter;
import rectify.document.Reports;
import rectify.org.BusinessRoles;
import rectify.shared.BusinessException;

/**
 * The documents as downloads, each on its page path and its API path: the report (internal or public), the ledger
 * workbook and its template, and the evidence packages. Every one is behind the scope check; a refusal comes back as
 * a page or as the API's JSON error, by path.
 */
@Controller
@BusinessRoles
class Downloads {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reports reports;
    private final ReportWriter reportWriter;
    private final LedgerWorkbook workbook;
    private final EvidencePackage packages;

    Downloads(Reports reports, ReportWriter reportWriter, LedgerWorkbook workbook, EvidencePackage packages) {
        this.reports = reports;
        this.reportWriter = reportWriter;
        this.workbook = workbook;
        this.packages = packages;
    }

    @GetMapping({"/inspections/{id}/report.docx", "/api/v1/inspections/{id}/report.docx"})
    void report(@PathVariable long id, @RequestParam(defaultValue = "internal") String version,
                HttpServletResponse response) throws IOException {
        boolean publicVersion = switch (version) {
            case "internal" -> false;
            case "public" -> true;
            default -> throw BusinessException.badRequest("report.rule.version");
        };
        ReportContent content = reports.compose(id, publicVersion);
        start(response, DOCX, content.title() + (publicVersion ? "（公开版）" : "") + ".docx");
        reportWriter.write(content, response.getOutputStream());
    }

    @GetMapping({"/inspections/{id}/ledger.xlsx", "/api/v1/inspections/{id}/ledger.xlsx"})
    void ledger(@PathVariable long id, HttpServletResponse response) throws IOException {
        start(response, XLSX, workbook.fileName(id));
        workbook.export(id, response.getOutputStream());
    }

    @GetMapping({"/ledger-template.xlsx", "/api/v1/ledger-template.xlsx"})
    void template(HttpServletResponse response) throws IOException {
        start(response, XLSX, "问题台账导入模板.xlsx");
        workbook.template(response.getOutputStream());
    }

    @GetMapping({"/inspections/{id}/evidence.zip", "/api/v1/inspections/{id}/evidence.zip"})
    void inspectionEvidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        start(response, "application/zip", packages.inspectionFileName(id));
        packages.writeInspection(id, response.getOutputStream());
    }

    @GetMapping({"/problems/{id}/evidence.zip", "/api/v1/problems/{id}/evidence.zip"})
    void problemEvidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        start(response, "application/zip", packages.problemFileName(id));
        packages.writeProblem(id, response.getOutputStream());
    }

    /** Headers of a download; called once the scope check has passed, so a refusal is never half a file. */
    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
