package rectify.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import rectify.shared.Downloaded;

/**
 * How every generated document leaves the system: its headers (a Chinese file name that survives every browser),
 * and, for anything of the ledger's, an announcement for the audit log of who took which file. Called once the scope
 * check has passed and before the first byte, so a refusal is never half a file.
 */
@Component
public class FileDownloads {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ApplicationEventPublisher events;

    FileDownloads(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Starts a download of something of the ledger's, which the audit log records. */
    public void start(HttpServletResponse response, String contentType, String fileName, String entityType,
                      Long entityId) {
        events.publishEvent(new Downloaded(entityType, entityId == null ? null : String.valueOf(entityId), fileName));
        headers(response, contentType, fileName);
    }

    /** Starts a download of nothing anyone's (a blank template). */
    public static void headers(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
