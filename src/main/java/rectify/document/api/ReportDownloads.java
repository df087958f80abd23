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
import org.springframework.web.bind.annotation.RestController;

import rectify.document.ReportContent;
import rectify.document.ReportWriter;
import rectify.document.Reports;
import rectify.org.BusinessRoles;
import rectify.shared.BusinessException;

/** The rectification report as docx, internal or public version, for pages and the API, behind the scope check. */
final class ReportDownloads {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ReportDownloads() {
    }

    static void write(Reports reports, ReportWriter writer, long id, String version, HttpServletResponse response)
            throws IOException {
        boolean publicVersion = switch (version) {
            case "internal" -> false;
            case "public" -> true;
            default -> throw BusinessException.badRequest("report.rule.version");
        };
        ReportContent content = reports.compose(id, publicVersion);
        response.setContentType(DOCX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(content.title() + (publicVersion ? "（公开版）" : "") + ".docx", StandardCharsets.UTF_8)
                .build().toString());
        writer.write(content, response.getOutputStream());
    }

    @Controller
    @BusinessRoles
    static class Page {
        private final Reports reports;
        private final ReportWriter writer;

        Page(Reports reports, ReportWriter writer) {
            this.reports = reports;
            this.writer = writer;
        }

        @GetMapping("/inspections/{id}/report.docx")
        void download(@PathVariable long id, @RequestParam(defaultValue = "internal") String version,
                      HttpServletResponse response) throws IOException {
            write(reports, writer, id, version, response);
        }
    }

    @RestController
    @BusinessRoles
    static class Api {
        private final Reports reports;
        private final ReportWriter writer;

        Api(Reports reports, ReportWriter writer) {
            this.reports = reports;
            this.writer = writer;
        }

        @GetMapping("/api/v1/inspections/{id}/report.docx")
        void download(@PathVariable long id, @RequestParam(defaultValue = "internal") String version,
                      HttpServletResponse response) throws IOException {
            write(reports, writer, id, version, response);
        }
    }
}
