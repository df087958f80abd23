package rectify.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import rectify.inspection.ProblemStatus;
import rectify.shared.BusinessException;

/**
 * Reads a feedback document or an earlier rectification report (plain text or docx) into aspects, problems, each
 * problem's status words and its measures. Tolerant of what real documents do: 一、/（一）/1./（1） numbering, full-
 * and half-width punctuation, "关于……的问题" titles, sentences broken across lines and page breaks, and bold markers
 * left over from conversions.
 */
@Component
public class DocumentParser {

    private static final String CN = "一二三四五六七八九十";
    private static final Pattern LEVEL1 = Pattern.compile("^([" + CN + "]{1,3})、\\s*(.+)$");
    private static final Pattern LEVEL2 = Pattern.compile("^（([" + CN + "]{1,3})）\\s*(.+)$");
    private static final Pattern PROBLEM = Pattern.compile("^(\\d{1,3})\\s*[.、]\\s*(.+)$");
    private static final Pattern STATUS = Pattern.compile("[（]\\s*(已整改到位|基本整改到位[^）]*|正在整改|持续整改|长期坚持|已完成整改|整改中)\\s*[）]\\s*$");
    private static final Pattern ENUMERATED = Pattern.compile("([" + CN + "]{1,3})是");
    private static final Pattern NUMBERED = Pattern.compile("[（]\\s*(\\d{1,2})\\s*[）]");
    private static final Pattern SUMMARY_LEAD = Pattern.compile("^(整改情况|整改措施|整改落实情况|具体整改情况)\\s*[：:]\\s*");

    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** A docx is recognised by its content (a zip), whatever the declared type; anything else is read as UTF-8 text. */
    public ParsedDocument parse(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw BusinessException.badRequest("document.rule.empty");
        }
        if (body.length > MAX_BYTES) {
            throw new BusinessException(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge");
        }
        boolean zip = body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
        if (zip || (contentType != null && contentType.contains("wordprocessingml"))) {
            return parseDocx(new java.io.ByteArrayInputStream(body));
        }
        return parseText(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    public ParsedDocument parseText(String text) {
        return parse(paragraphs(text.lines().toList()));
    }

    public ParsedDocument parseDocx(InputStream content) {
        try (XWPFDocument document = new XWPFDocument(content)) {
            List<String> lines = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                lines.add(paragraph.getText());
                lines.add("");
            }
            return parse(paragraphs(lines));
        } catch (IOException | RuntimeException e) {
            throw new BusinessException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.rule.unreadable");
        }
    }

    /** Joins broken lines into paragraphs: a line that starts no heading, problem or list continues the paragraph. */
    static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Kind currentKind = Kind.TITLE;
        for (String raw : lines) {
            String line = normalise(raw);
            if (line.isEmpty()) {
                continue;
            }
            Kind kind = LEVEL1.matcher(line).matches() || LEVEL2.matcher(line).matches() ? Kind.HEADING
                    : PROBLEM.matcher(line).matches() ? Kind.PROBLEM : Kind.TEXT;
            boolean starts = kind != Kind.TEXT || SUMMARY_LEAD.matcher(line).find() || current.isEmpty()
                    || endsSentence(current) || ended(currentKind, current);
            if (starts && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (starts && !paragraphs.isEmpty()) {
                currentKind = kind;
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private enum Kind { TITLE, HEADING, PROBLEM, TEXT }

    /**
     * Whether a title, heading or problem line ends at its line break: a heading unless it stops mid-sentence; a
     * problem title once it reads like one ("……的问题", a full stop, its status words).
     */
    private static boolean ended(Kind kind, CharSequence text) {
        String s = text.toString();
        return switch (kind) {
            case TITLE, HEADING -> !(s.endsWith("，") || s.endsWith("、") || s.endsWith(","));
            case PROBLEM -> s.endsWith("问题") || s.endsWith("。") || s.endsWith("）") || s.endsWith("；");
            case TEXT -> false;
        };
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '。' || last == '：' || last == '！' || last == '？' || last == '）' && text.toString().matches(".*（[^（]*整改[^（]*）$");
    }

    /** Full-width forms, no conversion debris, no spaces between Chinese characters. */
    static String normalise(String line) {
        String text = line.replace("**", "").replace('\u3000', ' ').strip()
                .replace('(', '（').replace(')', '）').replace('．', '.').replace(':', '：')
                .replace('，', '，');
        text = text.replaceAll("(?<=[\\p{IsHan}“”（）、，。：；])\\s+(?=[\\p{IsHan}“”（）、，。：；\\d])", "")
                .replaceAll("(?<=[\\p{IsHan}\\d])\\s+(?=[\\p{IsHan}])", "");
        return text.replaceAll("^（([" + CN + "]{1,3})）", "（$1）");
    }

    private ParsedDocument parse(List<String> paragraphs) {
        String title = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        List<Heading> level1 = new ArrayList<>();
        Heading section = null;
        Heading subsection = null;
        Draft problem = null;
        for (String paragraph : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
            Matcher m;
            if ((m = LEVEL1.matcher(paragraph)).matches()) {
                section = new Heading(clean(m.group(2)));
                level1.add(section);
                subsection = null;
                problem = null;
            } else if ((m = LEVEL2.matcher(paragraph)).matches()) {
                if (section == null) {
                    section = new Heading("");
                    level1.add(section);
                }
                subsection = new Heading(clean(m.group(2)));
                section.children.add(subsection);
                problem = null;
            } else if ((m = PROBLEM.matcher(paragraph)).matches()) {
                Heading owner = subsection != null ? subsection : section;
                if (owner == null) {
                    owner = new Heading("");
                    level1.add(owner);
                    section = owner;
                }
                problem = new Draft(m.group(2));
                owner.problems.add(problem);
            } else if (problem != null) {
                problem.body.append(SUMMARY_LEAD.matcher(paragraph).replaceFirst(""));
            }
        }
        List<ParsedDocument.Category> categories = new ArrayList<>();
        for (Heading top : level1) {
            List<Heading> withProblems = top.children.stream().filter(h -> !h.problems.isEmpty()).toList();
            if (!withProblems.isEmpty()) {
                withProblems.forEach(h -> categories.add(category(categories.size() + 1, h)));
            } else if (!top.problems.isEmpty()) {
                categories.add(category(categories.size() + 1, top));
            }
        }
        if (categories.isEmpty()) {
            throw BusinessException.rule("document.rule.noProblems");
        }
        return new ParsedDocument(title, categories);
    }

    private static ParsedDocument.Category category(int seq, Heading heading) {
        List<ParsedDocument.Problem> problems = new ArrayList<>();
        for (Draft draft : heading.problems) {
            problems.add(draft.toProblem(problems.size() + 1));
        }
        return new ParsedDocument.Category(seq, heading.title, problems);
    }

    /** Drops the closing full stop of a heading. */
    static String clean(String heading) {
        return heading.strip().replaceAll("[。；;]+$", "");
    }

    /** 一是……二是…… or （1）……（2）……, split only when the numbers really run 1, 2, 3 in order. */
    static List<String> measures(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> byWords = split(text, ENUMERATED, true);
        if (byWords.size() > 1) {
            return byWords;
        }
        List<String> byNumbers = split(text, NUMBERED, false);
        return byNumbers.size() > 1 ? byNumbers : List.of(text);
    }

    private static List<String> split(String text, Pattern marker, boolean chinese) {
        Matcher m = marker.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            String number = m.group(1);
            int value = chinese ? CN.indexOf(number) + 1 : Integer.parseInt(number);
            if (chinese && number.length() > 1) {
                continue;
            }
            if (value == expected) {
                starts.add(m.start());
                ends.add(m.end());
                expected++;
            }
        }
        if (starts.isEmpty() || starts.get(0) > 0 && !text.substring(0, starts.get(0)).isBlank()) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            parts.add(text.substring(ends.get(i), end).strip().replaceAll("[；;]$", ""));
        }
        return parts;
    }

    static ProblemStatus status(String words) {
        if (words == null) {
            return null;
        }
        if (words.startsWith("已整改到位") || words.startsWith("已完成整改")) {
            return ProblemStatus.CLOSED;
        }
        if (words.startsWith("基本整改到位") || words.startsWith("持续整改") || words.startsWith("长期坚持")) {
            return ProblemStatus.ONGOING;
        }
        return ProblemStatus.IN_PROGRESS;
    }

    private static final class Heading {
        final String title;
        final List<Heading> children = new ArrayList<>();
        final List<Draft> problems = new ArrayList<>();

        Heading(String title) {
            this.title = title;
        }
    }

    private static final class Draft {
        final String line;
        final StringBuilder body = new StringBuilder();

        Draft(String line) {
            this.line = line;
        }

        ParsedDocument.Problem toProblem(int seq) {
            String title = line.strip();
            ProblemStatus status = null;
            Matcher words = STATUS.matcher(title);
            if (words.find()) {
                status = status(words.group(1));
                title = title.substring(0, words.start());
            }
            return new ParsedDocument.Problem(seq, clean(title), status, measures(body.toString()));
        }
    }
}
