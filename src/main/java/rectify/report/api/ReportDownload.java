package rectify.report.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.org.BusinessRoles;
import rectify.report.ReportContent;
import rectify.report.ReportWriter;
import rectify.report.Reports;
import rectify.shared.BusinessException;
import rectify.shared.web.FileDownloads;

/** The rectification report as a docx, internal or public, on its page path and its API path. */
@Controller
@BusinessRoles
class ReportDownload {

    private final Reports reports;
    private final ReportWriter writer;
    private final FileDownloads downloads;

    ReportDownload(Reports reports, ReportWriter writer, FileDownloads downloads) {
        this.reports = reports;
        this.writer = writer;
        this.downloads = downloads;
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
        downloads.start(response, FileDownloads.DOCX,
                content.title() + (publicVersion ? "（公开版）" : "") + ".docx", "Inspection", id);
        writer.write(content, response.getOutputStream());
    }
}
