package rectify.intake.api;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.intake.DocumentParser;
import rectify.intake.FeedbackImport;
import rectify.intake.ParsedDocument;
import rectify.shared.web.BoundedBody;
import rectify.org.BusinessRoles;

/** Reading documents ({@code /documents/parse}, nothing saved) and entering a parsed document as feedback. */
@RestController
@BusinessRoles
class IntakeApi {

    private final DocumentParser parser;
    private final FeedbackImport feedbackImport;
    private final Clock clock;

    IntakeApi(DocumentParser parser, FeedbackImport feedbackImport, Clock clock) {
        this.parser = parser;
        this.feedbackImport = feedbackImport;
        this.clock = clock;
    }

    /** The format is read from the content; the declared type does not matter. */
    @PostMapping(path = "/api/v1/documents/parse", consumes = "*/*")
    ParsedDocument parse(HttpServletRequest request) throws IOException {
        return parser.parse(BoundedBody.read(request, DocumentParser.MAX_BYTES));
    }

    @PostMapping("/api/v1/inspections/{id}/feedback-import")
    FeedbackImport.Result enter(@PathVariable long id, @RequestBody ParsedDocument document,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDate) {
        return feedbackImport.apply(id, document, reportDate == null ? LocalDate.now(clock) : reportDate);
    }
}
