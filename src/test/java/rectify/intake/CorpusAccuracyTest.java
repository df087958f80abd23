package rectify.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import rectify.shared.BusinessException;

/**
 * The intake's accuracy on the corpus in src/test/resources/intake-corpus: documents of the shapes offices publish
 * (feedback, reports, progress notices, audit and self-check reports, supervision feedback, plans, ledgers), each
 * in one or more formats, against the structure a careful reader finds (masters/*.expected.json). Prints a table
 * of exact-structure accuracy per document and per-field scores, and fails below the bars.
 */
class CorpusAccuracyTest {

    static final Path CORPUS = Path.of("src/test/resources/intake-corpus");
    /** Documents whose whole structure must come out exactly as the careful reader's. */
    static final double EXACT_BAR = 0.95;
    /** Each field's score over the whole corpus. */
    static final double FIELD_BAR = 0.97;

    private final DocumentParser parser = new DocumentParser();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Scores of one document: matched and total per field. */
    static final class Score {
        final Map<String, int[]> fields = new TreeMap<>();
        final List<String> misses = new ArrayList<>();

        void count(String field, boolean ok, String miss) {
            int[] f = fields.computeIfAbsent(field, k -> new int[2]);
            f[1]++;
            if (ok) {
                f[0]++;
            } else if (misses.size() < 4) {
                misses.add(field + ": " + miss);
            }
        }

        boolean exact() {
            return fields.values().stream().allMatch(f -> f[0] == f[1]);
        }
    }

    @Test
    void theCorpusIsReadAsACarefulReaderWould() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(CORPUS)) {
            documents = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".txt")
                    || f.getFileName().toString().matches("\\d\\d-.*\\.txt")).filter(f -> f.getFileName().toString()
                    .matches("\\d\\d-.*")).sorted().toList();
        }
        assertThat(documents).as("corpus documents").hasSizeGreaterThanOrEqualTo(40);
        Map<String, int[]> totals = new TreeMap<>();
        int exact = 0;
        StringBuilder table = new StringBuilder("\nIntake accuracy on the corpus\n");
        table.append(String.format("%-48s %-6s %s%n", "document", "exact", "misses"));
        for (Path document : documents) {
            String name = document.getFileName().toString();
            JsonNode expected = json.readTree(CORPUS.resolve("masters").resolve(name.substring(0, name.indexOf('.'))
                    + ".expected.json").toFile());
            Score score = score(expected, document);
            score.fields.forEach((field, f) -> {
                int[] t = totals.computeIfAbsent(field, k -> new int[2]);
                t[0] += f[0];
                t[1] += f[1];
            });
            if (score.exact()) {
                exact++;
            }
            table.append(String.format("%-48s %-6s %s%n", name, score.exact() ? "yes" : "NO",
                    String.join(" | ", score.misses)));
        }
        double exactShare = (double) exact / documents.size();
        table.append(String.format("%nexact structure: %d of %d documents (%.1f%%)%n", exact, documents.size(),
                100 * exactShare));
        totals.forEach((field, t) -> table.append(String.format("%-14s %5d of %5d  %.1f%%%n", field, t[0], t[1],
                100.0 * t[0] / t[1])));
        System.out.println(table);
        assertThat(exactShare).as(table.toString()).isGreaterThanOrEqualTo(EXACT_BAR);
        totals.forEach((field, t) -> assertThat((double) t[0] / t[1]).as(field + table)
                .isGreaterThanOrEqualTo(FIELD_BAR));
    }

    private Score score(JsonNode expected, Path document) throws IOException {
        Score score = new Score();
        ParsedDocument parsed;
        try {
            parsed = parser.parse(Files.readAllBytes(document));
        } catch (BusinessException e) {
            score.count("read", false, e.getMessage());
            return score;
        }
        score.count("read", true, null);
        score.count("title", expected.get("title").asString().equals(parsed.title()), parsed.title());
        JsonNode aspects = expected.get("categories");
        score.count("aspects", aspects.size() == parsed.categories().size(),
                parsed.categories().size() + " aspects, expected " + aspects.size());
        List<JsonNode> expectedProblems = new ArrayList<>();
        List<ParsedDocument.Problem> parsedProblems = new ArrayList<>();
        for (int a = 0; a < aspects.size(); a++) {
            String title = aspects.get(a).get("title").asString();
            boolean found = a < parsed.categories().size() && parsed.categories().get(a).title().equals(title);
            score.count("aspectTitles", found, a < parsed.categories().size() ? parsed.categories().get(a).title() : "missing " + title);
            aspects.get(a).get("problems").forEach(expectedProblems::add);
        }
        parsed.categories().forEach(c -> parsedProblems.addAll(c.problems()));
        score.count("problems", expectedProblems.size() == parsedProblems.size(),
                parsedProblems.size() + " problems, expected " + expectedProblems.size());
        for (int i = 0; i < expectedProblems.size(); i++) {
            JsonNode e = expectedProblems.get(i);
            ParsedDocument.Problem p = i < parsedProblems.size() ? parsedProblems.get(i) : null;
            String title = e.get("title").asString();
            score.count("titles", p != null && title.equals(p.title()), p == null ? "missing " + title : p.title());
            String status = e.has("status") ? e.get("status").asString() : null;
            score.count("status", p != null && java.util.Objects.equals(status,
                    p.status() == null ? null : p.status().name()), title + " " + (p == null ? null : p.status()));
            if (e.has("description")) {
                String d = e.get("description").asString();
                score.count("descriptions", p != null && p.description() != null && p.description().startsWith(d),
                        title + ": " + (p == null ? null : p.description()));
            }
            if (e.has("group")) {
                score.count("groups", p != null && e.get("group").asString().equals(p.group()),
                        title + ": " + (p == null ? null : p.group()));
            }
            JsonNode measures = e.get("measures");
            boolean same = p != null && p.measures().size() == measures.size();
            for (int m = 0; same && m < measures.size(); m++) {
                same = p.measures().get(m).startsWith(measures.get(m).asString());
            }
            score.count("measures", same, title + ": " + (p == null ? null : p.measures()));
        }
        if (expected.has("figures")) {
            JsonNode f = expected.get("figures");
            ParsedDocument.Figures got = parsed.figures();
            for (String field : List.of("aspects", "problems", "closed", "ongoing", "inProgress")) {
                Integer want = f.has(field) ? f.get(field).asInt() : null;
                Integer have = got == null ? null : switch (field) {
                    case "aspects" -> got.aspects();
                    case "problems" -> got.problems();
                    case "closed" -> got.closed();
                    case "ongoing" -> got.ongoing();
                    default -> got.inProgress();
                };
                if (want != null) {
                    score.count("figures", want.equals(have), field + " " + have + " expected " + want);
                }
            }
        }
        return score;
    }
}
