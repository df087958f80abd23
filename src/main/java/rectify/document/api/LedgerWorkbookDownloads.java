package rectify.document.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import rectify.document.LedgerWorkbook;
import rectify.org.BusinessRoles;

/** The ledger workbook of an inspection, for pages and the API, behind the scope check. */
final class LedgerWorkbookDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private LedgerWorkbookDownloads() {
    }

    static void write(LedgerWorkbook workbook, long id, HttpServletResponse response) throws IOException {
        String name = workbook.fileName(id);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        workbook.export(id, response.getOutputStream());
    }

    static void writeTemplate(LedgerWorkbook workbook, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("问题台账导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
        workbook.template(response.getOutputStream());
    }

    @Controller
    @BusinessRoles
    static class Page {
        private final LedgerWorkbook workbook;

        Page(LedgerWorkbook workbook) {
            this.workbook = workbook;
        }

        @GetMapping("/inspections/{id}/ledger.xlsx")
        void download(@PathVariable long id, HttpServletResponse response) throws IOException {
            write(workbook, id, response);
        }

        @GetMapping("/ledger-template.xlsx")
        void template(HttpServletResponse response) throws IOException {
            writeTemplate(workbook, response);
        }
    }

    @RestController
    @BusinessRoles
    static class Api {
        private final LedgerWorkbook workbook;

        Api(LedgerWorkbook workbook) {
            this.workbook = workbook;
        }

        @GetMapping("/api/v1/inspections/{id}/ledger.xlsx")
        void download(@PathVariable long id, HttpServletResponse response) throws IOException {
            write(workbook, id, response);
        }

        @GetMapping("/api/v1/ledger-template.xlsx")
        void template(HttpServletResponse response) throws IOException {
            writeTemplate(workbook, response);
        }
    }
}
