package rectify.inspection;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import rectify.shared.Database;

/**
 * The ledger's text filter, one rule for every list and export that takes it: a problem matches when its title or
 * description contains the text as typed, letter for letter ({@code %} and {@code _} are characters, not
 * wildcards; case does not matter). On PostgreSQL the Chinese in the text is looked up in an index of characters
 * and their positions ({@code rectify_search_query} in migration V25_1, decision 0008), so a two-character word is
 * found without reading every problem; a text of Chinese alone is answered by the index, anything else is checked
 * with LIKE too. H2 checks every row.
 */
@Component
public class ProblemSearch {

    /** The characters indexed one by one (CJK ideographs). */
    private static final Pattern IDEOGRAPH = Pattern.compile("[\u3400-\u9fff\uf900-\ufaff]");
    /** A text of ideographs alone: the index answers it exactly (its characters one right after another). */
    private static final Pattern IDEOGRAPHS_ONLY = Pattern.compile("[\u3400-\u9fff\uf900-\ufaff]+");

    private final boolean characterIndex;

    ProblemSearch(Database database) {
        characterIndex = database.isPostgreSql();
    }

    /** The condition on {@code p} for the text {@code q}, adding its parameters; null when there is no text. */
    public String condition(String q, Map<String, Object> params) {
        return condition(q, params, "p.search_vector", "p.title", "p.description");
    }

    /**
     * The same rule for any text columns with their character index ({@code vector}, a generated column of
     * {@code rectify_search_vector} over them on PostgreSQL): measures and look-back findings are searched as
     * problems are.
     */
    public String condition(String q, Map<String, Object> params, String vector, String... columns) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip().toLowerCase(Locale.ROOT);
        params.put("q", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String exact = "(" + String.join(" or ", java.util.Arrays.stream(columns)
                .map(c -> "lower(" + c + ") like :q escape '\\'").toList()) + ")";
        if (!characterIndex || !IDEOGRAPH.matcher(text).find()) {
            return exact;
        }
        params.put("qText", text);
        String indexed = vector + " @@ rectify_search_query(:qText)";
        // Chinese alone needs no second check; the planner then also knows how many rows match (it cannot from LIKE)
        return ideographsOnly(text) ? indexed : "(" + indexed + " and " + exact + ")";
    }

    /** Whether the character is one the index holds on its own (a CJK ideograph), as {@link #IDEOGRAPH} says. */
    public static boolean isIdeograph(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }

    /** Whether the text is made of indexed characters (ideographs) only. */
    public static boolean ideographsOnly(String text) {
        return IDEOGRAPHS_ONLY.matcher(text).matches();
    }

    /**
     * The condition on {@code p} for problems that share at least one pair of adjacent ideographs with the given
     * pairs (candidates for "similar"), adding its parameter; null where there is no index (H2), where every row is
     * a candidate.
     */
    public String sharingAnyPair(java.util.Collection<String> pairs, Map<String, Object> params) {
        if (!characterIndex || pairs.isEmpty()) {
            return null;
        }
        params.put("pairs", String.join(" | ", pairs.stream()
                .map(pair -> "'" + pair.charAt(0) + "' <-> '" + pair.charAt(1) + "'").toList()));
        return "p.search_vector @@ cast(:pairs as tsquery)";
    }
}
