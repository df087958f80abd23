package rectify.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import rectify.shared.BusinessException;

/**
 * Reads a feedback document, a plan, a progress notice or an earlier rectification report, in whatever format it
 * came (docx, doc, PDF with a text layer, text in UTF-8, UTF-16 or GB18030), into aspects, problems, descriptions,
 * status words and measures, with the passages it left out. Nothing is saved.
 */
@Component
public class DocumentParser {

    /** The largest document read; a 300-page report is a few megabytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public ParsedDocument parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw BusinessException.badRequest("intake.rule.empty");
        }
        if (body.length > MAX_BYTES) {
            throw new BusinessException(HttpStatus.CONTENT_TOO_LARGE, "error.bodyTooLarge", MAX_BYTES / 1024 / 1024);
        }
        return read(DocumentFormats.lines(body));
    }

    public ParsedDocument parseText(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.badRequest("intake.rule.empty");
        }
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ParsedDocument read(List<SourceLine> lines) {
        List<String> paragraphs = Paragraphs.of(lines);
        if (paragraphs.isEmpty()) {
            throw BusinessException.rule("intake.rule.noText");
        }
        ParsedDocument document = StructureReader.read(paragraphs);
        if (document.problemCount() == 0) {
            throw BusinessException.rule("intake.rule.noProblems");
        }
        return document;
    }
}
