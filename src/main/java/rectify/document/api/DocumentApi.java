package rectify.document.api;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.document.DocumentParser;
import rectify.document.FeedbackImport;
import rectify.document.ParsedDocument;
import rectify.org.BusinessRoles;

/** Reading documents ({@code /documents/parse}, nothing saved) and entering a parsed document as feedback. */
@RestController
@BusinessRoles
class DocumentApi {

    private final DocumentParser parser;
    private final FeedbackImport feedbackImport;
    private final java.time.Clock clock;

    DocumentApi(DocumentParser parser, FeedbackImport feedbackImport, java.time.Clock clock) {
        this.clock = clock;
        this.parser = parser;
        this.feedbackImport = feedbackImport;
    }

    @PostMapping(path = "/api/v1/documents/parse", consumes = {"text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream"})
    ParsedDocument parse(@RequestBody byte[] body,
                         @RequestHeader(name = "Content-Type", defaultValue = "text/plain") String contentType) {
        return parser.parse(body, contentType);
    }

    @PostMapping("/api/v1/inspections/{id}/feedback-import")
    FeedbackImport.Result enter(@PathVariable long id, @RequestBody ParsedDocument document,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate) {
        return feedbackImport.apply(id, document, reportDate == null ? LocalDate.now(clock) : reportDate);
    }
}
