package rectify.selfcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionAccess;
import rectify.inspection.ProblemSql;
import rectify.org.DataScope;
import rectify.org.Role;
import rectify.org.Scope;

/**
 * The themes that recur across a round's units (举一反三 for the office): the round's problems grouped by how alike
 * their titles are — the rule of {@link SimilarProblems} — and the groups found in two units or more, those in the
 * most units first. A round's first {@value #MOST} problems are grouped (a district's round has a few hundred).
 */
@Service
@Transactional(readOnly = true)
public class RecurringThemes {

    /** A theme: the words of its first problem, and every problem of it with its unit. */
    public record Theme(String title, int units, List<Member> problems) {
    }

    public record Member(long problemId, String title, String unitName) {
    }

    static final int MOST = 5000;
    /** A pair of characters found in more titles than this says too little to group by (e.g. 不够, 落实). */
    private static final int COMMON_PAIR = 400;

    private final JdbcClient jdbc;
    private final DataScope dataScope;

    RecurringThemes(JdbcClient jdbc, DataScope dataScope) {
        this.jdbc = jdbc;
        this.dataScope = dataScope;
    }

    public List<Theme> ofRound(long roundId, int limit) {
        InspectionAccess.requireRole(Role.INSPECTION_OFFICE, Role.OVERSIGHT);
        Scope scope = dataScope.current();
        if (scope.isNone()) {
            return List.of();
        }
        record Row(long id, String title, long unitId, String unitName, Set<String> pairs) {
        }
        List<Row> rows = jdbc.sql("select p.id, p.title, t.id as unit_id, t.name as unit_name" + ProblemSql.FROM
                        + " where i.round_id = :round and" + ProblemSql.IN_SCOPE + " order by p.id limit " + MOST)
                .param("round", roundId).param("scope", scope.pathPattern())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), SimilarProblems.pairs(rs.getString("title")))).list();
        Map<String, List<Integer>> withPair = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String pair : rows.get(i).pairs()) {
                withPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] grouped = new boolean[rows.size()];
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (grouped[i] || rows.get(i).pairs().isEmpty()) {
                continue;
            }
            grouped[i] = true;
            List<Row> group = new ArrayList<>(List.of(rows.get(i)));
            Set<Integer> candidates = new LinkedHashSet<>();
            for (String pair : rows.get(i).pairs()) {
                List<Integer> sharing = withPair.get(pair);
                if (sharing.size() <= COMMON_PAIR) {
                    candidates.addAll(sharing);
                }
            }
            for (int j : candidates) {
                if (!grouped[j] && SimilarProblems.dice(rows.get(i).pairs(), rows.get(j).pairs()) >= SimilarProblems.SIMILAR) {
                    grouped[j] = true;
                    group.add(rows.get(j));
                }
            }
            long units = group.stream().map(Row::unitId).distinct().count();
            if (units >= 2) {
                themes.add(new Theme(group.get(0).title(), (int) units, group.stream()
                        .map(r -> new Member(r.id(), r.title(), r.unitName())).toList()));
            }
        }
        return themes.stream().sorted(Comparator.comparingInt(Theme::units).reversed()
                .thenComparing(Comparator.comparingInt((Theme t) -> t.problems().size()).reversed()))
                .limit(limit).toList();
    }
}
