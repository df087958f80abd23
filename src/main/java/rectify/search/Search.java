package rectify.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.ProblemSearch;
import rectify.inspection.ProblemSql;
import rectify.org.DataScope;
import rectify.org.Scope;
import rectify.shared.BusinessException;
import rectify.shared.PageResult;

/**
 * Text search over what the caller may see: problems (title and description), measures, and look-back findings,
 * problems first, newest first within each kind, at most {@value #MOST_PER_KIND} of each kind (the total then says
 * it is not exact). A word matches as the ledger's text filter matches it
 * ({@link ProblemSearch}): as typed, letter for letter, from the character index on PostgreSQL.
 */
@Service
@Transactional(readOnly = true)
public class Search {

    public enum Kind { PROBLEM, MEASURE, FINDING }

    /** One place the text was found, with the problem it belongs to and a piece of the text around it. */
    public record Hit(Kind kind, long id, long problemId, String title, String snippet, String unitName,
                      String inspectionTitle) {
    }

    private static final int SNIPPET_AROUND = 30;
    /** How many places of each kind a search lists at most (a word found more often is narrowed by another word). */
    static final int MOST_PER_KIND = 1000;
    private static final int LONGEST_QUERY = 100;

    private final JdbcClient jdbc;
    private final DataScope dataScope;
    private final ProblemSearch text;

    Search(JdbcClient jdbc, DataScope dataScope, ProblemSearch text) {
        this.jdbc = jdbc;
        this.dataScope = dataScope;
        this.text = text;
    }

    public PageResult<Hit> find(String q, int page, int size) {
        int pageSize = Math.min(Math.max(1, size), 100);
        int pageNo = Math.max(0, page);
        if (q == null || q.isBlank()) {
            throw BusinessException.rule("search.rule.q").onField("q");
        }
        if (q.strip().length() > LONGEST_QUERY) {
            throw BusinessException.rule("search.rule.qTooLong", LONGEST_QUERY).onField("q");
        }
        Scope scope = dataScope.current();
        if (scope.isNone()) {
            return new PageResult<>(List.of(), 0, pageNo, pageSize);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String inScope = ProblemSql.andInScope(scope, params);
        Map<Kind, String> found = new java.util.EnumMap<>(Kind.class);
        found.put(Kind.PROBLEM, "select p.id as id, p.id as problem_id" + ProblemSql.FROM + " where "
                + text.condition(q, params) + inScope + " order by p.id desc");
        found.put(Kind.MEASURE, "select m.id as id, p.id as problem_id from measure m join problem p on p.id = m.problem_id"
                + ProblemSql.TO_UNIT + " where m.removed_at is null and "
                + text.condition(q, params, "m.search_vector", "m.text") + inScope + " order by m.id desc");
        found.put(Kind.FINDING, "select l.id as id, p.id as problem_id from look_back_item l"
                + " join problem p on p.id = l.problem_id" + ProblemSql.TO_UNIT + " where l.findings is not null and "
                + text.condition(q, params, "l.search_vector", "l.findings") + inScope + " order by l.id desc");
        record Row(Kind kind, long id, long problemId) {
        }
        // each kind lists its newest MOST_PER_KIND places: counted up to there, read a page at a time in id order
        // (the database then reads the newest matches first instead of sorting every match of a common word)
        long total = 0;
        boolean exact = true;
        long skip = (long) pageNo * pageSize;
        List<Row> page1 = new ArrayList<>();
        for (Map.Entry<Kind, String> kind : found.entrySet()) {
            var count = jdbc.sql("select count(*) from (" + kind.getValue() + " limit " + (MOST_PER_KIND + 1)
                    + ") found");
            params.forEach(count::param);
            long n = count.query(Long.class).single();
            if (n > MOST_PER_KIND) {
                exact = false;
                n = MOST_PER_KIND;
            }
            total += n;
            if (page1.size() < pageSize && skip < n) {
                var rows = jdbc.sql(kind.getValue() + " limit :limit offset :offset");
                params.forEach(rows::param);
                page1.addAll(rows.param("limit", Math.min(pageSize - page1.size(), n - skip)).param("offset", skip)
                        .query((rs, r) -> new Row(kind.getKey(), rs.getLong("id"), rs.getLong("problem_id"))).list());
                skip = 0;
            } else {
                skip = Math.max(0, skip - n);
            }
        }
        if (page1.isEmpty()) {
            return new PageResult<>(List.of(), total, pageNo, pageSize, exact);
        }
        Map<Long, String[]> problems = new HashMap<>();
        jdbc.sql("select p.id, p.seq, p.title, p.description, t.name as unit_name, i.title as inspection_title"
                        + ProblemSql.FROM + " where p.id in (:ids)")
                .param("ids", page1.stream().map(Row::problemId).distinct().toList())
                .query((rs, n) -> problems.put(rs.getLong("id"), new String[] {rs.getString("title"),
                        rs.getString("description"), rs.getString("unit_name"), rs.getString("inspection_title")}))
                .list();
        Map<Long, String> measures = texts("select id, text from measure where id in (:ids)", page1.stream()
                .filter(r -> r.kind() == Kind.MEASURE).map(Row::id).toList());
        Map<Long, String> findings = texts("select id, findings from look_back_item where id in (:ids)", page1.stream()
                .filter(r -> r.kind() == Kind.FINDING).map(Row::id).toList());
        List<Hit> hits = new ArrayList<>();
        for (Row r : page1) {
            String[] p = problems.get(r.problemId());
            String where = switch (r.kind()) {
                case PROBLEM -> p[0] + (p[1] == null ? "" : "　" + p[1]);
                case MEASURE -> measures.get(r.id());
                case FINDING -> findings.get(r.id());
            };
            hits.add(new Hit(r.kind(), r.id(), r.problemId(), p[0], snippet(where, q), p[2], p[3]));
        }
        return new PageResult<>(hits, total, pageNo, pageSize, exact);
    }

    private Map<Long, String> texts(String sql, List<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query((rs, n) -> texts.put(rs.getLong(1), rs.getString(2))).list();
        }
        return texts;
    }

    /** The text around the first place the query (or its first word) is found, with "…" where it was cut. */
    static String snippet(String text, String q) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String query = q.strip().toLowerCase(Locale.ROOT);
        int at = lower.indexOf(query);
        if (at < 0) {
            String firstWord = query.split("[^\\p{L}\\p{N}]+")[0];
            at = firstWord.isEmpty() ? -1 : lower.indexOf(firstWord);
        }
        if (at < 0) {
            at = 0;
        }
        int from = Math.max(0, at - SNIPPET_AROUND);
        int to = Math.min(text.length(), at + query.length() + SNIPPET_AROUND);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
