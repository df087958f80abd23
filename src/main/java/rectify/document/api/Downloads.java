package rectify.document.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.document.ClosureForm;
import rectify.document.EvidencePackage;
import rectify.document.LedgerWorkbook;
import rectify.document.ReportContent;
import rectify.document.ReportWriter;
import rectify.document.RoundSummaryDocuments;
import rectify.document.SupervisionOrderDocument;
import rectify.dashboard.RoundSummaries;
import rectify.supervision.SupervisionOrder;
import rectify.supervision.SupervisionOrders;
import rectify.document.Reports;
import rectify.org.BusinessRoles;
import rectify.rectification.LedgerQuery;
import rectify.shared.BusinessException;
import rectify.shared.Downloaded;

/**
 * The documents as downloads, each on its page path and its API path: the report (internal or public), the ledger
 * workbook (an inspection's, or the ledger page's filtered view) and its template, the evidence packages, the round summary (docx, xlsx) and supervision orders. Every one is behind the scope check; a refusal comes back as
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
    private final RoundSummaries roundSummaries;
    private final RoundSummaryDocuments summaryDocuments;
    private final SupervisionOrders orders;
    private final SupervisionOrderDocument orderDocument;
    private final ClosureForm closureForm;
    private final ApplicationEventPublisher events;

    Downloads(Reports reports, ReportWriter reportWriter, LedgerWorkbook workbook, EvidencePackage packages,
              RoundSummaries roundSummaries, RoundSummaryDocuments summaryDocuments, SupervisionOrders orders,
              SupervisionOrderDocument orderDocument, ClosureForm closureForm,
              ApplicationEventPublisher events) {
        this.events = events;
        this.closureForm = closureForm;
        this.reports = reports;
        this.reportWriter = reportWriter;
        this.workbook = workbook;
        this.packages = packages;
        this.roundSummaries = roundSummaries;
        this.summaryDocuments = summaryDocuments;
        this.orders = orders;
        this.orderDocument = orderDocument;
    }

    @GetMapping({"/rounds/{id}/summary.docx", "/api/v1/rounds/{id}/summary.docx"})
    void roundSummaryDocx(@PathVariable long id, HttpServletResponse response) throws IOException {
        RoundSummaries.RoundSummary summary = roundSummaries.of(id);
        start(response, DOCX, summaryDocuments.fileName(summary, "docx"), "InspectionRound", id);
        summaryDocuments.writeDocx(summary, response.getOutputStream());
    }

    @GetMapping({"/rounds/{id}/summary.xlsx", "/api/v1/rounds/{id}/summary.xlsx"})
    void roundSummaryXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        RoundSummaries.RoundSummary summary = roundSummaries.of(id);
        start(response, XLSX, summaryDocuments.fileName(summary, "xlsx"), "InspectionRound", id);
        summaryDocuments.writeXlsx(summary, response.getOutputStream());
    }

    @GetMapping({"/supervision-orders/{id}/order.docx", "/api/v1/supervision-orders/{id}/order.docx"})
    void supervisionOrder(@PathVariable long id, HttpServletResponse response) throws IOException {
        SupervisionOrder order = orders.get(id);
        start(response, DOCX, orderDocument.fileName(order), "SupervisionOrder", id);
        orderDocument.write(order, response.getOutputStream());
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
        start(response, DOCX, content.title() + (publicVersion ? "（公开版）" : "") + ".docx", "Inspection", id);
        reportWriter.write(content, response.getOutputStream());
    }

    @GetMapping({"/inspections/{id}/ledger.xlsx", "/api/v1/inspections/{id}/ledger.xlsx"})
    void ledger(@PathVariable long id, HttpServletResponse response) throws IOException {
        start(response, XLSX, workbook.fileName(id), "Inspection", id);
        workbook.export(id, response.getOutputStream());
    }

    /** What the ledger page shows with its filters (the page's parameters, or the API's as for /api/v1/problems). */
    @GetMapping({"/ledger.xlsx", "/api/v1/problems.xlsx"})
    void filteredLedger(@ModelAttribute LedgerQuery.Request request, @ModelAttribute LedgerQuery.Slice slice,
                        HttpServletResponse response) throws IOException {
        LedgerQuery query = request.within(slice);
        start(response, XLSX, workbook.fileName(query), "Ledger", null);
        workbook.export(query, response.getOutputStream());
    }

    @GetMapping({"/ledger-template.xlsx", "/api/v1/ledger-template.xlsx"})
    void template(HttpServletResponse response) throws IOException {
        start(response, XLSX, "问题台账导入模板.xlsx");
        workbook.template(response.getOutputStream());
    }

    @GetMapping({"/inspections/{id}/evidence.zip", "/api/v1/inspections/{id}/evidence.zip"})
    void inspectionEvidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        start(response, "application/zip", packages.inspectionFileName(id), "Inspection", id);
        packages.writeInspection(id, response.getOutputStream());
    }

    @GetMapping({"/problems/{id}/closure-form.docx", "/api/v1/problems/{id}/closure-form.docx"})
    void closureForm(@PathVariable long id, HttpServletResponse response) throws IOException {
        String fileName = closureForm.fileName(id);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        closureForm.write(id, docx);
        start(response, DOCX, fileName, "Problem", id);
        docx.writeTo(response.getOutputStream());
    }

    @GetMapping({"/problems/{id}/evidence.zip", "/api/v1/problems/{id}/evidence.zip"})
    void problemEvidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        start(response, "application/zip", packages.problemFileName(id), "Problem", id);
        packages.writeProblem(id, response.getOutputStream());
    }

    /**
     * Headers of a download of something of the ledger's, announced for the audit log (who read what); called once
     * the scope check has passed, so a refusal is never half a file.
     */
    private void start(HttpServletResponse response, String contentType, String fileName, String entityType,
                       Long entityId) {
        events.publishEvent(new Downloaded(entityType, entityId == null ? null : String.valueOf(entityId), fileName));
        start(response, contentType, fileName);
    }

    /** Headers of a download; called once the scope check has passed, so a refusal is never half a file. */
    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
