package rectify.document.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static rectify.shared.web.FileDownloads.DOCX;
import static rectify.shared.web.FileDownloads.XLSX;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.document.ClosureForm;
import rectify.document.EvidencePackage;
import rectify.document.LedgerWorkbook;
import rectify.document.RoundSummaryDocuments;
import rectify.document.SupervisionOrderDocument;
import rectify.dashboard.RoundSummaries;
import rectify.supervision.SupervisionOrder;
import rectify.supervision.SupervisionOrders;
import rectify.org.BusinessRoles;
import rectify.shared.web.FileDownloads;
import rectify.rectification.LedgerQuery;

/**
 * The documents as downloads, each on its page path and its API path: the ledger
 * workbook (an inspection's, or the ledger page's filtered view) and its template, the evidence packages, the round summary (docx, xlsx) and supervision orders. Every one is behind the scope check; a refusal comes back as
 * a page or as the API's JSON error, by path.
 */
@Controller
@BusinessRoles
class Downloads {

    private final LedgerWorkbook workbook;
    private final EvidencePackage packages;
    private final RoundSummaries roundSummaries;
    private final RoundSummaryDocuments summaryDocuments;
    private final SupervisionOrders orders;
    private final SupervisionOrderDocument orderDocument;
    private final ClosureForm closureForm;
    private final FileDownloads downloads;

    Downloads(LedgerWorkbook workbook, EvidencePackage packages, RoundSummaries roundSummaries,
              RoundSummaryDocuments summaryDocuments, SupervisionOrders orders,
              SupervisionOrderDocument orderDocument, ClosureForm closureForm, FileDownloads downloads) {
        this.downloads = downloads;
        this.closureForm = closureForm;
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
        downloads.start(response, DOCX, summaryDocuments.fileName(summary, "docx"), "InspectionRound", id);
        summaryDocuments.writeDocx(summary, response.getOutputStream());
    }

    @GetMapping({"/rounds/{id}/summary.xlsx", "/api/v1/rounds/{id}/summary.xlsx"})
    void roundSummaryXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        RoundSummaries.RoundSummary summary = roundSummaries.of(id);
        downloads.start(response, XLSX, summaryDocuments.fileName(summary, "xlsx"), "InspectionRound", id);
        summaryDocuments.writeXlsx(summary, response.getOutputStream());
    }

    @GetMapping({"/supervision-orders/{id}/order.docx", "/api/v1/supervision-orders/{id}/order.docx"})
    void supervisionOrder(@PathVariable long id, HttpServletResponse response) throws IOException {
        SupervisionOrder order = orders.get(id);
        downloads.start(response, DOCX, orderDocument.fileName(order), "SupervisionOrder", id);
        orderDocument.write(order, response.getOutputStream());
    }

    @GetMapping({"/inspections/{id}/ledger.xlsx", "/api/v1/inspections/{id}/ledger.xlsx"})
    void ledger(@PathVariable long id, HttpServletResponse response) throws IOException {
        downloads.start(response, XLSX, workbook.fileName(id), "Inspection", id);
        workbook.export(id, response.getOutputStream());
    }

    /** What the ledger page shows with its filters (the page's parameters, or the API's as for /api/v1/problems). */
    @GetMapping({"/ledger.xlsx", "/api/v1/problems.xlsx"})
    void filteredLedger(@ModelAttribute LedgerQuery.Request request, LedgerQuery.Slice slice,
                        HttpServletResponse response) throws IOException {
        LedgerQuery query = request.within(slice);
        downloads.start(response, XLSX, workbook.fileName(query), "Ledger", null);
        workbook.export(query, response.getOutputStream());
    }

    @GetMapping({"/ledger-template.xlsx", "/api/v1/ledger-template.xlsx"})
    void template(HttpServletResponse response) throws IOException {
        FileDownloads.headers(response, XLSX, "问题台账导入模板.xlsx");
        workbook.template(response.getOutputStream());
    }

    @GetMapping({"/inspections/{id}/evidence.zip", "/api/v1/inspections/{id}/evidence.zip"})
    void inspectionEvidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        downloads.start(response, "application/zip", packages.inspectionFileName(id), "Inspection", id);
        packages.writeInspection(id, response.getOutputStream());
    }

    @GetMapping({"/problems/{id}/closure-form.docx", "/api/v1/problems/{id}/closure-form.docx"})
    void closureForm(@PathVariable long id, HttpServletResponse response) throws IOException {
        String fileName = closureForm.fileName(id);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        closureForm.write(id, docx);
        downloads.start(response, DOCX, fileName, "Problem", id);
        docx.writeTo(response.getOutputStream());
    }

    @GetMapping({"/problems/{id}/evidence.zip", "/api/v1/problems/{id}/evidence.zip"})
    void problemEvidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        downloads.start(response, "application/zip", packages.problemFileName(id), "Problem", id);
        packages.writeProblem(id, response.getOutputStream());
    }
}
