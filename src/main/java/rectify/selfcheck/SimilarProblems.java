package rectify.selfcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.inspection.ProblemSearch;
import rectify.inspection.ProblemSql;
import rectify.inspection.ProblemStatus;
import rectify.org.DataScope;
import rectify.org.Scope;
import rectify.shared.Database;

/**
 * Problems that say the same thing in other words, across units and rounds (举一反三): scored by the pairs of adjacent
 * Chinese characters their titles share (Dice coefficient), after the boilerplate every title has ("关于……的问题")
 * is set aside. The database proposes candidates (on PostgreSQL through the text index), the score is this one rule.
 */
@Service
@Transactional(readOnly = true)
public class SimilarProblems {

    /** A problem like another one, with how alike (0 to 1) and where it stands now. */
    public record Similar(long problemId, String title, String unitName, String inspectionTitle, ProblemStatus status,
                          double score) {
    }

    /** From this score on a problem is shown as similar; from {@link #REPEAT} on it counts as the same again. */
    static final double SIMILAR = 0.4;
    static final double REPEAT = 0.6;
    private static final int CANDIDATES = 2000;

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final DataScope dataScope;
    private final ProblemSearch search;
    private final Database database;

    SimilarProblems(JdbcClient jdbc, InspectionAccess access, DataScope dataScope, ProblemSearch search,
                    Database database) {
        this.jdbc = jdbc;
        this.access = access;
        this.dataScope = dataScope;
        this.search = search;
        this.database = database;
    }

    /** The problems the caller may see that are most like this one, best first. */
    public List<Similar> of(long problemId, int limit) {
        Problem problem = access.readableProblem(problemId);
        return like(problem.getTitle(), null, problemId, SIMILAR, limit);
    }

    /**
     * Closed or long-term problems of the same unit that a problem about to be entered with this title repeats:
     * the office is told before it saves the feedback.
     */
    public List<Similar> repeatsIn(long inspectionId, String title) {
        Inspection inspection = access.readable(inspectionId);
        return like(title, inspection.getTargetUnitId(), null, REPEAT, 5);
    }

    /** Problems like the title: anywhere in scope, or (with {@code unitId}) the unit's closed and long-term ones. */
    private List<Similar> like(String title, Long unitId, Long except, double atLeast, int limit) {
        Set<String> pairs = pairs(title);
        int[] wanted = pairCodes(title);
        Scope scope = dataScope.current();
        if (pairs.isEmpty() || scope.isNone()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where;
        if (unitId != null) {
            // a unit's few inspections name its problems directly (a few thousand at most): no text index needed.
            // They are all within the caller's scope, as the inspection asked about is (a scope is a set of units),
            // so the read is by ids alone and keeps its plan: entering feedback asks this for every problem
            List<Long> inspections = jdbc.sql("select id from inspection where target_unit_id = :unit")
                    .param("unit", unitId).query(Long.class).list();
            if (inspections.isEmpty()) {
                return List.of();
            }
            // the status is written as PostgreSQL's index of these titles is (problem_repeat_titles), so that they are
            // read from the index alone
            where = new StringBuilder(" where p.inspection_id in (:unitInspections)"
                    + " and p.status in ('CLOSED', 'ONGOING')");
            params.put("unitInspections", inspections);
            // only titles holding one of these pairs can score enough: the others are not read out at all
            List<String> oneOf = pairsOneOfWhichScores(pairs, atLeast);
            List<String> like = new ArrayList<>();
            for (int i = 0; i < oneOf.size(); i++) {
                like.add("p.title like :pair" + i);
                params.put("pair" + i, "%" + oneOf.get(i) + "%");
            }
            where.append(" and (").append(String.join(" or ", like)).append(")");
        } else {
            params.put("scope", scope.pathPattern());
            where = new StringBuilder(" where" + ProblemSql.IN_SCOPE);
            String sharing = search.sharingAnyPair(pairs, params);
            if (sharing != null) {
                where.append(" and ").append(sharing);
                // planned for these pairs each time: a plan made once for any pairs walks every problem newest first
                // looking for rare ones (seconds under load, measured in bench/province.sh)
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            }
        }
        if (except != null) {
            where.append(" and p.id <> :except");
            params.put("except", except);
        }
        record Scored(long id, String title, String status, double score) {
        }
        // up to two thousand candidates are scored on their titles alone; only the few shown are named
        Supplier<List<Scored>> candidates = () -> jdbc.sql("select p.id, p.title, p.status"
                        + ProblemSql.FROM + where + " order by p.id desc limit " + CANDIDATES)
                .params(params)
                .query((rs, n) -> new Scored(rs.getLong(1), rs.getString(2), rs.getString(3),
                        dice(wanted, pairCodes(rs.getString(2)))))
                .list();
        List<Scored> best = (unitId != null ? database.withKeptPlans(candidates) : candidates.get())
                .stream().filter(s -> s.score() >= atLeast)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(limit).toList();
        if (best.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> names = new HashMap<>();
        jdbc.sql("select p.id, i.title as inspection_title, t.name as unit_name" + ProblemSql.FROM
                        + " where p.id in (:ids)")
                .param("ids", best.stream().map(Scored::id).toList())
                .query((rs, n) -> names.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)})).list();
        return best.stream().map(b -> new Similar(b.id(), b.title(), names.get(b.id())[1], names.get(b.id())[0],
                ProblemStatus.valueOf(b.status()), b.score())).toList();
    }

    /**
     * Some of a title's pairs ({@link #pairs}), one of which every title scoring at least {@code atLeast} against it
     * holds: sharing s of its a pairs scores at most 2s / (a + s), so such a title shares at least
     * m = t·a / (2 − t) of them (t half a hundredth lower, as scores are rounded to hundredths), and misses at most
     * a − m; any a − m + 1 of them then include one it has.
     */
    static List<String> pairsOneOfWhichScores(Set<String> pairs, double atLeast) {
        double t = atLeast - 0.005;
        int shared = Math.max(1, (int) Math.ceil(t * pairs.size() / (2 - t) - 1e-9));
        return pairs.stream().limit(pairs.size() - shared + 1).toList();
    }

    /** The pairs of adjacent ideographs of what a title says, without "关于" and "的问题" that every title has. */
    static Set<String> pairs(String title) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int code : adjacentIdeographs(title)) {
            pairs.add(new String(new char[] {(char) (code >>> 16), (char) code}));
        }
        return pairs;
    }

    /**
     * {@link #pairs} as sorted distinct numbers: two thousand candidates are compared on every call (and on every
     * problem entered), and sets of two-character strings made that the larger part of entering a problem into a
     * province's ledger.
     */
    static int[] pairCodes(String title) {
        int[] codes = adjacentIdeographs(title);
        java.util.Arrays.sort(codes);
        int distinct = 0;
        for (int i = 0; i < codes.length; i++) {
            if (distinct == 0 || codes[distinct - 1] != codes[i]) {
                codes[distinct++] = codes[i];
            }
        }
        return java.util.Arrays.copyOf(codes, distinct);
    }

    /** Each pair of adjacent ideographs of what a title says, in the title's order, its two characters in one int. */
    private static int[] adjacentIdeographs(String title) {
        String core = core(title);
        int[] codes = new int[Math.max(0, core.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < core.length(); i++) {
            if (ProblemSearch.isIdeograph(core.charAt(i)) && ProblemSearch.isIdeograph(core.charAt(i + 1))) {
                codes[n++] = core.charAt(i) << 16 | core.charAt(i + 1);
            }
        }
        return java.util.Arrays.copyOf(codes, n);
    }

    /** What a title says: without the "关于" it starts with and the "的问题" it ends with. */
    private static String core(String title) {
        String core = title == null ? "" : title.strip();
        core = core.startsWith("关于") ? core.substring(2) : core;
        return withoutBoilerplateEnd(core);
    }

    /**
     * The title without what every title ends with: "的问题" or "问题", sometimes numbered ("问题（3）", "问题3").
     * Read from the end by hand: it runs for each of two thousand candidates on every call.
     */
    static String withoutBoilerplateEnd(String core) {
        int end = core.length();
        if (end > 0 && (core.charAt(end - 1) == '）' || core.charAt(end - 1) == ')')) {
            end--;
        }
        while (end > 0 && isDigit(core.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && (core.charAt(end - 1) == '（' || core.charAt(end - 1) == '(')) {
            end--;
        }
        if (!core.startsWith("问题", end - 2) || end < 2) {
            return core;
        }
        end -= 2;
        if (end > 0 && core.charAt(end - 1) == '的') {
            end--;
        }
        return core.substring(0, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** {@link #dice(Set, Set)} of two titles' {@link #pairCodes}. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.round(2.0 * shared / (a.length + b.length) * 100) / 100.0;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return Math.round(2.0 * shared / (a.size() + b.size()) * 100) / 100.0;
    }
}
