package rectify.rectification;

import rectify.inspection.ProblemSearch;
import rectify.inspection.ProblemSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.ProblemOrigin;
import rectify.inspection.ProblemStatus;
import rectify.inspection.RectificationType;
import rectify.inspection.WarningLevel;
import rectify.inspection.WarningPolicy;
import rectify.org.DataScope;
import rectify.org.OrgUnits;
import rectify.org.Scope;
import rectify.shared.Database;
import rectify.shared.PageResult;

/**
 * The ledger (问题台账) as one SQL read model: filtered, sorted and paged in the database, limited to the caller's
 * scope, with departments and people of a page loaded in one query each (no query per row).
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

    /**
     * The problems of the ledger with what they are filtered by: inspection, target unit (scope), aspect (an outer
     * join for the reason {@link ProblemSql#TO_UNIT} gives).
     */
    private static final String JOINS = ProblemSql.TO_UNIT + " left join feedback_category c on c.id = p.category_id ";
    private static final String FROM = " from problem p" + JOINS;
    private static final String DUE = ProblemSql.DUE;
    private static final int EXPORT_PAGE = 500;

    private final JdbcClient jdbc;
    private final DataScope dataScope;
    private final OrgUnits orgUnits;
    private final WarningPolicy warnings;
    private final Clock clock;
    private final LedgerTotals totals;
    private final ProblemSearch search;
    private final Database database;
    private final int landmarkEvery;

    Ledger(JdbcClient jdbc, DataScope dataScope, OrgUnits orgUnits, WarningPolicy warnings, Clock clock,
           LedgerTotals totals, ProblemSearch search, Database database,
           @org.springframework.beans.factory.annotation.Value("${rectify.ledger.landmark-every:500}") int landmarkEvery) {
        this.landmarkEvery = landmarkEvery;
        this.search = search;
        this.database = database;
        this.totals = totals;
        this.jdbc = jdbc;
        this.dataScope = dataScope;
        this.orgUnits = orgUnits;
        this.warnings = warnings;
        this.clock = clock;
    }

    public PageResult<LedgerRow> find(LedgerQuery query, int page, int size) {
        return find(query, page, size, null);
    }

    /**
     * One page of the ledger. Without {@code after} the page is found by its number (a jump to any page); with it,
     * the page starts right after the row that cursor names (the "next page" of a page already shown), which stays
     * right while rows are added and costs the same on page 5,000 as on page 1. The result names the cursor of the
     * page after it ({@code next}).
     */
    public PageResult<LedgerRow> find(LedgerQuery query, int page, int size, String after) {
        int pageSize = Math.min(Math.max(1, size), 500);
        int pageNo = Math.max(0, page);
        Condition matching = condition(query);
        if (matching == null) {
            return new PageResult<>(List.of(), 0, pageNo, pageSize);
        }
        LedgerOrder order = new LedgerOrder(query);
        String cursor = after == null || after.isBlank() ? null : after;
        Supplier<PageResult<LedgerRow>> read = () -> {
            LedgerTotals.Total total = totals.of(matching.fromWhere(), matching.params());
            Page found = cursor != null
                    ? page(order, matching, matching.params(), order.decode(cursor), 0, pageSize)
                    : pageByNumber(order, matching, (long) pageNo * pageSize, total.exact(), pageSize);
            return new PageResult<>(found.rows(), total.count(), pageNo, pageSize, total.exact(), found.next());
        };
        // a page found by ids alone (the whole ledger, an inspection, a unit's inspections) has one best plan
        return matching.byIdsOnly() && cursor == null ? database.withKeptPlans(read) : read.get();
    }

    /** How many problems of the scope the query matches, reading no page of them: the workbench's figures. */
    public LedgerTotals.Total count(LedgerQuery query) {
        Condition matching = condition(query);
        return matching == null ? new LedgerTotals.Total(0, true) : totals.of(matching.fromWhere(), matching.params());
    }

    /**
     * Every row the query matches, in the ledger's order, handed over a page at a time: the export of exactly what
     * the ledger shows, in little memory however many rows there are, and without counting them again per page.
     */
    public void forEachPage(LedgerQuery query, Consumer<List<LedgerRow>> pages) {
        Condition matching = condition(query);
        if (matching == null) {
            return;
        }
        LedgerOrder order = new LedgerOrder(query);
        String after = null;
        do {
            Page page = page(order, matching, new LinkedHashMap<>(matching.params()),
                    after == null ? null : order.decode(after), 0, EXPORT_PAGE);
            if (!page.rows().isEmpty()) {
                pages.accept(page.rows());
            }
            after = page.next();
        } while (after != null);
    }

    private record Page(List<LedgerRow> rows, String next) {
    }

    /**
     * The page that starts {@code skip} rows into the ledger: a jump by page number. Far down a large ledger it
     * starts from the nearest landmark before it (every {@link #landmarkEvery}-th row's place, read once a minute
     * like the total) and skips only the rest, instead of reading every row before it (page 500 of the province's
     * ledger read 25,000 index entries).
     */
    private Page pageByNumber(LedgerOrder order, Condition matching, long skip, boolean exactTotal, int pageSize) {
        if (exactTotal || skip < landmarkEvery) {
            return page(order, matching, matching.params(), null, skip, pageSize);
        }
        List<List<Object>> landmarks = totals.landmarks(order.everyNth(matching.fromWhere()), landmarkEvery,
                matching.fromWhere(), matching.params());
        int passed = landmarks == null ? 0 : (int) Math.min(skip / landmarkEvery, landmarks.size());
        return passed == 0 ? page(order, matching, matching.params(), null, skip, pageSize)
                : page(order, matching, matching.params(), landmarks.get(passed - 1),
                skip - (long) passed * landmarkEvery, pageSize);
    }

    /**
     * One page of rows with their departments and people. The page's problems are found first, in the ledger's
     * order (after the row whose key values {@code after} holds, then skipping {@code skip} rows), with one row more
     * to know whether another page follows; only they are then described (measures, last progress): a deep page
     * does not describe every row it skips. A condition in parts is read part by part in the default order, each
     * only as far as the page reaches, and the page is taken from what they found.
     */
    private Page page(LedgerOrder order, Condition matching, Map<String, Object> params, List<Object> after, long skip,
                      int pageSize) {
        // only the default order has an index for each part (a leader's: problem_leader_order); in another order the
        // database walks that order's index looking for the part's rows, all 500,000 for a person who leads none
        // ("my tasks", sorted by warning: 3 s)
        boolean inParts = matching.parts() != null && order.isDefault();
        String where = (inParts ? matching.where() : matching.whole()) + (after == null ? "" : order.after(after, params));
        // the limit is written out, not a parameter: a plan kept for "any limit" is costed for a tenth of the ledger,
        // so PostgreSQL never kept it and planned the page anew on every request (0.19 ms, as long as running it)
        String sql;
        if (!inParts) {
            sql = "select p.id, " + order.keyColumns() + FROM + where + order.orderBy();
        } else {
            long reach = skip + pageSize + 1;
            sql = "select * from (" + String.join(" union all ", matching.parts().each().stream()
                    .map(part -> "(select p.id, " + order.keyColumns() + FROM + where + " and " + part + order.orderBy()
                            + " limit " + reach + ")").toList()) + ") parts" + order.orderByKeyColumns();
        }
        sql += " limit " + (pageSize + 1);
        if (skip > 0) {
            params.put("offset", skip);
            sql += " offset :offset";
        }
        List<Object[]> found = bind(jdbc.sql(sql), params).query((rs, n) -> {
            Object[] row = new Object[order.keyCount() + 1];
            row[0] = rs.getLong(1);
            for (int k = 0; k < order.keyCount(); k++) {
                row[k + 1] = rs.getObject(k + 2);
            }
            return row;
        }).list();
        if (found.isEmpty()) {
            return new Page(List.of(), null);
        }
        List<Object[]> shown = found.subList(0, Math.min(pageSize, found.size()));
        String next = found.size() > pageSize
                ? order.cursorOf(java.util.Arrays.asList(shown.get(shown.size() - 1)).subList(1, order.keyCount() + 1))
                : null;
        return new Page(describe(shown.stream().map(r -> (Long) r[0]).toList(), order), next);
    }

    /**
     * The rows of a page's problems: each joined to its leader, and to its measures and progress counted for these
     * problems alone (one pass each, not a count per row), with plans PostgreSQL keeps.
     */
    private List<LedgerRow> describe(List<Long> ids, LedgerOrder order) {
        String sql = """
                select p.id, p.inspection_id, i.title as inspection_title, t.name as target_name,
                       c.seq as category_seq, c.title as category_title, p.seq, p.title, p.description,
                       p.rectification_type, p.origin, p.status, p.deadline, p.original_deadline, p.next_review_date,
                       p.closed_on, p.version, l.display_name as leader_name,
                       coalesce(m.total, 0) as measures_total, coalesce(m.done, 0) as measures_done,
                       r.last_progress
                """ + FROM + """
                 left join app_user l on l.id = p.responsible_leader_id
                 left join (select problem_id, count(*) as total, count(*) filter (where status = 'DONE') as done
                            from measure where problem_id in (:pageIds) and removed_at is null
                            group by problem_id) m on m.problem_id = p.id
                 left join (select problem_id, max(reported_on) as last_progress
                            from progress_report where problem_id in (:pageIds) and voided_at is null
                            group by problem_id) r on r.problem_id = p.id
                 where p.id in (:pageIds)""" + order.orderBy();
        LocalDate today = LocalDate.now(clock);
        return database.withKeptPlans(() -> withNames(jdbc.sql(sql).param("pageIds", ids)
                .query((rs, n) -> row(rs, today)).list()));
    }

    /**
     * How many problems of the scope match, per status: for the figures above the ledger. They are exact under the
     * same rule as the ledger's total, and say so.
     */
    public StatusCounts countByStatus(LedgerQuery query) {
        Map<ProblemStatus, Long> counts = new java.util.EnumMap<>(ProblemStatus.class);
        for (ProblemStatus status : ProblemStatus.values()) {
            counts.put(status, 0L);
        }
        Condition matching = condition(query.withStatus(null));
        if (matching == null) {
            return new StatusCounts(counts, true);
        }
        LedgerTotals.ByStatus counted = totals.byStatus(matching.fromWhere(), matching.params());
        counted.counts().forEach((status, n) -> counts.put(ProblemStatus.valueOf(status), n));
        return new StatusCounts(counts, counted.exact());
    }

    /** The problems per status, with whether the figures are exact (or counted up to a minute ago). */
    public record StatusCounts(Map<ProblemStatus, Long> counts, boolean exact) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A condition said whole and as parts no row is in two of, each read from its own index.
     */
    private record Parts(String whole, List<String> each) {
    }

    /**
     * The rows a query matches in the caller's scope: a condition and its parameters, and a further condition that
     * can be read in parts (or null).
     */
    private record Condition(String where, Map<String, Object> params, Parts parts) {

        /** The condition in one piece. */
        String whole() {
            return parts == null ? where : where + " and " + parts.whole();
        }

        /**
         * The ledger's FROM and the condition, for counting. With parts, the problems are the parts' problems put
         * together, so that the database reads each part from its own index.
         */
        String fromWhere() {
            if (parts == null) {
                return FROM + where;
            }
            return " from (" + String.join(" union all ", parts.each().stream()
                    .map(part -> "select p.* from problem p where " + part).toList()) + ") p"
                    + JOINS + where;
        }

        private static final java.util.Set<String> IDS = java.util.Set.of("inspectionId", "categoryId", "roundId",
                "unitInspections");

        /**
         * Whether the condition names rows by ids alone (no scope, text, person, status or dates), so that its plan
         * is the same whatever the values.
         */
        boolean byIdsOnly() {
            return IDS.containsAll(params.keySet());
        }
    }

    /** The query's condition within the caller's scope, or null when the caller sees no problem at all. */
    private Condition condition(LedgerQuery query) {
        Scope scope = dataScope.current();
        if (scope.isNone()) {
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Parts parts = null;
        if (query.responsibleUserId() != null) {
            parts = new Parts(ProblemSql.RESPONSIBLE_USER, ProblemSql.RESPONSIBLE_USER_PARTS);
            params.put("userId", query.responsibleUserId());
        }
        return new Condition(where(query, scope, params), params, parts);
    }

    private String where(LedgerQuery query, Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1").append(ProblemSql.andInScope(scope, params));
        if (query.inspectionId() != null) {
            where.append(" and p.inspection_id = :inspectionId");
            params.put("inspectionId", query.inspectionId());
        }
        if (query.categoryId() != null) {
            where.append(" and p.category_id = :categoryId");
            params.put("categoryId", query.categoryId());
        }
        if (query.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", query.status().name());
        }
        if (query.warning() != null) {
            appendWarning(where, query.warning(), params);
        }
        if (query.responsibleUnitId() != null) {
            // the department and those under it named by id: the database reads their problems from the departments'
            // index without matching every unit's path as it plans and runs the page and its count (0.3-0.6 ms less
            // database time per request, decision 0025)
            appendAmong(where, "p.id in (select pu.problem_id from problem_unit pu where pu.org_unit_id in (:departments))",
                    "departments", orgUnits.subtreeIds(query.responsibleUnitId()), params);
        }
        appendSlice(where, query.slice(), params);
        String text = search.condition(query.q(), params);
        if (text != null) {
            where.append(" and ").append(text);
        }
        return where.toString();
    }

    /**
     * " and" a condition on the ids named {@code :name}, or a condition no row meets when there are none (an empty
     * list is not SQL).
     */
    private static void appendAmong(StringBuilder where, String condition, String name, List<Long> ids,
                                    Map<String, Object> params) {
        if (ids.isEmpty()) {
            where.append(" and 1 = 0");
            return;
        }
        where.append(" and ").append(condition);
        params.put(name, ids);
    }

    private void appendSlice(StringBuilder where, LedgerQuery.Slice slice, Map<String, Object> params) {
        if (slice.roundId() != null) {
            where.append(" and i.round_id = :roundId");
            params.put("roundId", slice.roundId());
        }
        if (slice.unitId() != null) {
            // naming the unit's few inspections lets the database read just their problems; with the unit alone it
            // walks the whole ledger in its order looking for them (measured in bench/province.sh)
            appendAmong(where, "p.inspection_id in (:unitInspections)", "unitInspections",
                    jdbc.sql("select id from inspection where target_unit_id = :unit")
                            .param("unit", slice.unitId()).query(Long.class).list(), params);
        }
        if (Boolean.TRUE.equals(slice.open())) {
            where.append(" and p.status not in ('CLOSED', 'ONGOING')");
        }
        if (Boolean.TRUE.equals(slice.unfinished())) {
            where.append(" and p.status <> 'CLOSED'");
        }
        if (slice.reopened() != null) {
            where.append(slice.reopened() ? " and p.reopened_count > 0" : " and p.reopened_count = 0");
        }
        if (slice.onTime() != null) {
            where.append(" and ").append(slice.onTime() ? ProblemSql.CLOSED_ON_TIME
                    : ProblemSql.CLOSED_WITH_DEADLINE + " and p.closed_on > p.deadline");
        }
        if (slice.closedFrom() != null) {
            where.append(" and p.closed_on >= :closedFrom");
            params.put("closedFrom", slice.closedFrom());
        }
        if (slice.closedTo() != null) {
            where.append(" and p.closed_on <= :closedTo");
            params.put("closedTo", slice.closedTo());
        }
        if (slice.origin() != null) {
            where.append(" and p.origin = :origin");
            params.put("origin", slice.origin().name());
        }
    }

    private void appendWarning(StringBuilder where, WarningLevel level, Map<String, Object> params) {
        LocalDate[] range = warnings.dueRange(level, LocalDate.now(clock));
        if (level == WarningLevel.NORMAL) {
            where.append(" and (p.status = 'CLOSED' or " + DUE + " is null or " + DUE + " >= :dueFrom)");
            params.put("dueFrom", range[0]);
            return;
        }
        where.append(" and p.status <> 'CLOSED'");
        if (range[0] != null) {
            where.append(" and " + DUE + " >= :dueFrom");
            params.put("dueFrom", range[0]);
        }
        where.append(" and " + DUE + " <= :dueTo");
        params.put("dueTo", range[1]);
    }

    private LedgerRow row(ResultSet rs, LocalDate today) throws SQLException {
        ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        LocalDate nextReview = rs.getObject("next_review_date", LocalDate.class);
        return new LedgerRow(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("inspection_title"),
                rs.getString("target_name"), rs.getInt("category_seq"), rs.getString("category_title"),
                rs.getInt("seq"), rs.getString("title"), rs.getString("description"),
                RectificationType.valueOf(rs.getString("rectification_type")),
                ProblemOrigin.valueOf(rs.getString("origin")), status, deadline, rs.getObject("original_deadline", LocalDate.class),
                nextReview, rs.getObject("closed_on", LocalDate.class), rs.getString("leader_name"), List.of(), List.of(),
                rs.getInt("measures_total"), rs.getInt("measures_done"), rs.getObject("last_progress", LocalDate.class),
                warnings.levelOf(status, deadline, nextReview, today), rs.getLong("version"));
    }

    /** Adds the responsible departments and people of a page of rows, one query each. */
    private List<LedgerRow> withNames(List<LedgerRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(LedgerRow::problemId).toList();
        Map<Long, List<String>> units = names("""
                select pu.problem_id as pid, coalesce(u.short_name, u.name) as name from problem_unit pu
                join org_unit u on u.id = pu.org_unit_id where pu.problem_id in (:ids) order by u.path""", ids);
        Map<Long, List<String>> people = names("""
                select pp.problem_id as pid, u.display_name as name from problem_person pp
                join app_user u on u.id = pp.user_id where pp.problem_id in (:ids) order by u.display_name""", ids);
        List<LedgerRow> named = new ArrayList<>(rows.size());
        for (LedgerRow r : rows) {
            named.add(new LedgerRow(r.problemId(), r.inspectionId(), r.inspectionTitle(), r.targetUnitName(),
                    r.categorySeq(), r.categoryTitle(), r.seq(), r.title(), r.description(), r.rectificationType(),
                    r.origin(), r.status(), r.deadline(), r.originalDeadline(), r.nextReviewDate(), r.closedOn(),
                    r.leaderName(), units.getOrDefault(r.problemId(), List.of()),
                    people.getOrDefault(r.problemId(), List.of()), r.measuresTotal(), r.measuresDone(),
                    r.lastProgressOn(), r.warning(), r.version()));
        }
        return named;
    }

    private Map<Long, List<String>> names(String sql, List<Long> ids) {
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((rs, n) -> Map.entry(rs.getLong("pid"), rs.getString("name"))).list()
                .forEach(e -> names.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return names;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        params.forEach(spec::param);
        return spec;
    }

}
