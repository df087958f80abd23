package rectify.inspection;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The ledger's text filter, one rule for every list and export that takes it: a problem matches when its title or
 * description contains the text as typed, letter for letter ({@code %} and {@code _} are characters, not
 * wildcards; case does not matter). On PostgreSQL an index of character bigrams answers ({@code rectify_gram_query}
 * in migration V25_1, decision 0008), so two-character Chinese words are found without reading every problem; a
 * text with separators in it is checked with LIKE too. H2 checks every row.
 */
@Component
public class ProblemSearch {

    /** The characters the bigram index holds (ASCII letters and digits, CJK ideographs); the rest separate words. */
    private static final Pattern INDEXED = Pattern.compile("[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]");
    /** One word of them: the index answers it exactly (its bigrams one after another). */
    private static final Pattern ONE_WORD = Pattern.compile("[0-9a-z\u3400-\u9fff\uf900-\ufaff]+");

    private final boolean bigramIndex;

    ProblemSearch(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            bigramIndex = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgresql");
        }
    }

    /** The condition on {@code p} for the text {@code q}, adding its parameters; null when there is no text. */
    public String condition(String q, Map<String, Object> params) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip().toLowerCase(Locale.ROOT);
        params.put("q", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String exact = "(lower(p.title) like :q escape '\\' or lower(p.description) like :q escape '\\')";
        if (!bigramIndex || !INDEXED.matcher(text).find()) {
            return exact;
        }
        params.put("qText", text);
        String indexed = "p.search_grams @@ rectify_gram_query(:qText)";
        // one word needs no second check; the planner then also knows how many rows match (it cannot from LIKE)
        return ONE_WORD.matcher(text).matches() ? indexed : "(" + indexed + " and " + exact + ")";
    }
}
