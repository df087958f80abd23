package rectify.evidence.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.evidence.Attachment;
import rectify.evidence.Evidence;
import rectify.org.BusinessRoles;

/**
 * Downloads for pages ({@code /attachments/{id}}) and the API ({@code /api/v1/attachments/{id}}), behind the scope
 * check. The SHA-256 travels in the {@code Repr-Digest} and {@code X-Content-SHA256} headers; images may be shown
 * inline in pages.
 */
@Controller
@BusinessRoles
class AttachmentDownloads {

    private final Evidence evidence;
    private final org.springframework.context.ApplicationEventPublisher events;

    AttachmentDownloads(Evidence evidence, org.springframework.context.ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.events = events;
    }

    @GetMapping({"/attachments/{id}", "/api/v1/attachments/{id}"})
    void download(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline,
                  HttpServletResponse response) throws IOException {
        Attachment attachment = evidence.readable(id);
        response.setContentType(attachment.getContentType());
        response.setContentLengthLong(attachment.getSize());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .builder(inline && attachment.isImage() ? "inline" : "attachment")
                .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                .encodeToString(HexFormat.of().parseHex(attachment.getSha256())) + ":");
        response.setHeader("X-Content-SHA256", attachment.getSha256());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // evidence stays out of the browser's and any proxy's cache
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!inline) {
            events.publishEvent(new rectify.shared.Downloaded("Attachment", String.valueOf(id), attachment.getFileName()));
        }
        try (InputStream in = evidence.open(attachment)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
