package rectify.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import rectify.inspection.ProblemOrigin;
import rectify.inspection.WarningLevel;
import rectify.inspection.ProblemSql;
import rectify.inspection.WarningPolicy;
import rectify.org.DataScope;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Scope;

/**
 * The dashboards' figures, counted in grouped SQL over the caller's scope with the same conditions the ledger
 * filters by ({@link ProblemSql}), so that each figure's link lists exactly what it counts; a test holds the two
 * together. Rows per inspected unit or per inspection partition the problems, so the rows add up to the total.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

    public enum Grouping { UNIT, INSPECTION }

    /** A unit's or an inspection's figures. */
    public record Row(long id, String name, Figures figures) {
    }

    /** A department's share: problems it answers for, closed, overdue. */
    public record DepartmentRow(long id, String name, Figure problems, Figure closed, Figure overdue,
                                Double completionRate) {
        public String completion() {
            return Figures.percent(completionRate);
        }
    }

    /** A person's open and overdue problems (as responsible leader, responsible person or a measure's assignee). */
    public record PersonRow(long id, String name, String unitName, Figure unfinished, Figure overdue) {
    }

    public record Week(LocalDate monday, Figure closed) {
    }

    /** My problems by warning level, for a responsible person. */
    public record Mine(Figure all, Figure unfinished, Figure overdue, Figure warn, Figure remind, Figure closed) {
    }

    /** {@code countedAt}: when the figures were counted (a province's figures are counted once a minute). */
    public record Overview(Long roundId, Long inspectionId, Grouping grouping, LocalDate asOf, Figures total,
                           List<Row> rows, List<DepartmentRow> departments, List<PersonRow> people, List<Week> weeks,
                           java.time.Instant countedAt) {

        public List<Row> byOverdue() {
            return rows.stream().filter(r -> r.figures().overdue().value() > 0)
                    .sorted(Comparator.comparingLong((Row r) -> r.figures().overdue().value()).reversed()).toList();
        }

        public List<Row> byCompletion() {
            return rows.stream().sorted(Comparator.comparing((Row r) -> r.figures().completionRate() == null ? -1
                    : r.figures().completionRate()).reversed()).toList();
        }

        public List<DepartmentRow> departmentsByOverdue() {
            return departments.stream().filter(d -> d.overdue().value() > 0)
                    .sorted(Comparator.comparingLong((DepartmentRow d) -> d.overdue().value()).reversed()).toList();
        }

        public List<DepartmentRow> departmentsByCompletion() {
            return departments.stream().sorted(Comparator.comparing((DepartmentRow d) -> d.completionRate() == null
                    ? -1 : d.completionRate()).reversed()).toList();
        }
    }

    private static final String FROM = ProblemSql.FROM;
    private static final String DUE = ProblemSql.DUE;
    private static final String OVERDUE = ProblemSql.OVERDUE;
    private static final String ON_TIME = ProblemSql.CLOSED_ON_TIME;
    private static final String COUNTS = """
            count(*) as problems,
            sum(case when p.status = 'CLOSED' then 1 else 0 end) as closed,
            sum(case when p.status = 'ONGOING' then 1 else 0 end) as ongoing,
            sum(case when p.status not in ('CLOSED', 'ONGOING') then 1 else 0 end) as open_count,
            sum(case when %s then 1 else 0 end) as overdue,
            sum(case when p.reopened_count > 0 then 1 else 0 end) as reopened,
            sum(case when %s then 1 else 0 end) as on_time
            """.formatted(OVERDUE, ON_TIME);
    private static final int WEEKS = 12;

    private final JdbcClient jdbc;
    private final DataScope dataScope;
    private final OrgUnits orgUnits;
    private final WarningPolicy policy;
    private final Clock clock;
    /** A scope of at least this many problems has its figures counted once per {@link #largeMaxAge}, not per view. */
    private final long largeFrom;
    private final java.time.Duration largeMaxAge;
    private final Map<String, Overview> large = new java.util.concurrent.ConcurrentHashMap<>();

    Statistics(JdbcClient jdbc, DataScope dataScope, OrgUnits orgUnits, WarningPolicy policy, Clock clock,
               @org.springframework.beans.factory.annotation.Value("${rectify.dashboard.count-once-from:50000}") long largeFrom,
               @org.springframework.beans.factory.annotation.Value("${rectify.dashboard.max-age:PT1M}") java.time.Duration largeMaxAge) {
        this.largeFrom = largeFrom;
        this.largeMaxAge = largeMaxAge;
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.dataScope = dataScope;
        this.policy = policy;
        this.clock = clock;
    }

    /** The figures of the caller's scope; {@code withPeople} adds each person's open and overdue problems. */
    public Overview overview(Long roundId, Long inspectionId, Grouping grouping, boolean withPeople) {
        return overview(roundId, inspectionId, grouping, withPeople, null);
    }

    /** The figures of the problems of one origin only (the feedback's, or those the units found themselves). */
    public Overview overview(Long roundId, Long inspectionId, Grouping grouping, boolean withPeople,
                             ProblemOrigin origin) {
        LocalDate today = LocalDate.now(clock);
        Scope scope = dataScope.current();
        Filter filter = new Filter(scope, roundId, inspectionId, origin, today);
        if (scope.isNone()) {
            Figures none = figures(new Counts(0, 0, 0, 0, 0, 0, 0), null, filter.base());
            return new Overview(roundId, inspectionId, grouping, today, none, List.of(), List.of(), List.of(), List.of(),
                    clock.instant());
        }
        String key = scope.pathPattern() + "|" + roundId + "|" + inspectionId + "|" + grouping + "|" + withPeople + "|"
                + origin + "|" + today;
        Overview known = large.get(key);
        if (known != null && !known.countedAt().plus(largeMaxAge).isBefore(clock.instant())) {
            return known;
        }
        Map<Long, Double> averageDays = new HashMap<>();
        double[] totalDays = averageDaysToClose(filter, grouping, averageDays);
        List<Row> rows = rows(filter, grouping, averageDays);
        Counts sum = rows.stream().map(r -> Counts.of(r.figures())).reduce(new Counts(0, 0, 0, 0, 0, 0, 0), Counts::plus);
        Figures total = figures(sum, totalDays[1] == 0 ? null : totalDays[0] / totalDays[1], filter.base());
        Overview overview = new Overview(roundId, inspectionId, grouping, today, total, rows, departments(filter),
                withPeople ? people(filter) : List.of(), weeks(filter), clock.instant());
        if (sum.problems() >= largeFrom) {
            if (large.size() > 200) {
                large.clear();
            }
            large.put(key, overview);
        }
        return overview;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A responsible person's own problems by warning level. */
    public Mine mine(long userId) {
        LocalDate today = LocalDate.now(clock);
        Scope scope = dataScope.current();
        String mine = " and " + ProblemSql.RESPONSIBLE_USER;
        LocalDate[] warn = policy.dueRange(WarningLevel.WARN, today);
        LocalDate[] remind = policy.dueRange(WarningLevel.REMIND, today);
        String sql = "select count(*) as all_count,"
                + " sum(case when p.status <> 'CLOSED' then 1 else 0 end) as unfinished,"
                + " sum(case when " + OVERDUE + " then 1 else 0 end) as overdue,"
                + " sum(case when p.status <> 'CLOSED' and " + DUE + " >= :warnFrom and " + DUE + " <= :warnTo then 1 else 0 end) as warn,"
                + " sum(case when p.status <> 'CLOSED' and " + DUE + " >= :remindFrom and " + DUE + " <= :remindTo then 1 else 0 end) as remind,"
                + " sum(case when p.status = 'CLOSED' then 1 else 0 end) as closed"
                + FROM + " where t.path like :scope" + mine;
        long[] c = jdbc.sql(sql).param("userId", userId).param("today", today).param("scope", scope.pathPattern())
                .param("warnFrom", warn[0]).param("warnTo", warn[1]).param("remindFrom", remind[0])
                .param("remindTo", remind[1])
                .query((rs, n) -> new long[] {rs.getLong("all_count"), rs.getLong("unfinished"), rs.getLong("overdue"),
                        rs.getLong("warn"), rs.getLong("remind"), rs.getLong("closed")}).single();
        if (scope.isNone()) {
            c = new long[6];
        }
        String me = "responsibleUserId=" + userId;
        return new Mine(new Figure(c[0], me), new Figure(c[1], me + "&unfinished=true"), new Figure(c[2],
                me + "&warning=OVERDUE"), new Figure(c[3], me + "&warning=WARN"), new Figure(c[4], me + "&warning=REMIND"),
                new Figure(c[5], me + "&status=CLOSED"));
    }

    /** The filters every figure of an overview shares: scope, round, inspection, origin, and the day. */
    private record Filter(Scope scope, Long roundId, Long inspectionId, ProblemOrigin origin, LocalDate today) {

        String where() {
            return " where t.path like :scope" + (roundId == null ? "" : " and i.round_id = :roundId")
                    + (inspectionId == null ? "" : " and p.inspection_id = :inspectionId")
                    + (origin == null ? "" : " and p.origin = :origin");
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            spec = spec.param("scope", scope.pathPattern()).param("today", today);
            if (roundId != null) {
                spec = spec.param("roundId", roundId);
            }
            if (inspectionId != null) {
                spec = spec.param("inspectionId", inspectionId);
            }
            if (origin != null) {
                spec = spec.param("origin", origin.name());
            }
            return spec;
        }

        Map<String, Object> base() {
            Map<String, Object> base = new LinkedHashMap<>();
            base.put("roundId", roundId);
            base.put("inspectionId", inspectionId);
            base.put("origin", origin);
            return base;
        }
    }

    private record Counts(long problems, long closed, long ongoing, long open, long overdue, long reopened,
                          long onTime) {
        static Counts of(ResultSet rs) throws SQLException {
            return new Counts(rs.getLong("problems"), rs.getLong("closed"), rs.getLong("ongoing"),
                    rs.getLong("open_count"), rs.getLong("overdue"), rs.getLong("reopened"), rs.getLong("on_time"));
        }

        static Counts of(Figures f) {
            return new Counts(f.problems().value(), f.closed().value(), f.ongoing().value(), f.open().value(),
                    f.overdue().value(), f.reopened().value(), f.closedOnTime().value());
        }

        Counts plus(Counts o) {
            return new Counts(problems + o.problems, closed + o.closed, ongoing + o.ongoing, open + o.open,
                    overdue + o.overdue, reopened + o.reopened, onTime + o.onTime);
        }
    }

    private List<Row> rows(Filter filter, Grouping grouping, Map<Long, Double> averageDays) {
        String key = grouping == Grouping.UNIT ? "t.id" : "i.id";
        String name = grouping == Grouping.UNIT ? "t.name" : "i.title";
        String order = grouping == Grouping.UNIT ? "min(t.path)" : "min(i.id) desc";
        String sql = "select " + key + " as id, " + name + " as name, " + COUNTS + FROM + filter.where()
                + " group by " + key + ", " + name + " order by " + order;
        return filter.bind(jdbc.sql(sql)).query((rs, n) -> {
            long id = rs.getLong("id");
            Map<String, Object> base = filter.base();
            base.put(grouping == Grouping.UNIT ? "unitId" : "inspectionId", id);
            return new Row(id, rs.getString("name"), figures(Counts.of(rs), averageDays.get(id), base));
        }).list();
    }

    private Figures figures(Counts c, Double averageDays, Map<String, Object> base) {
        Function<Object[], String> q = extra -> query(base, extra);
        return new Figures(new Figure(c.problems(), q.apply(new Object[0])),
                new Figure(c.closed(), q.apply(new Object[] {"status", "CLOSED"})),
                new Figure(c.ongoing(), q.apply(new Object[] {"status", "ONGOING"})),
                new Figure(c.open(), q.apply(new Object[] {"open", true})),
                new Figure(c.overdue(), q.apply(new Object[] {"warning", "OVERDUE"})),
                new Figure(c.reopened(), q.apply(new Object[] {"reopened", true})),
                new Figure(c.onTime(), q.apply(new Object[] {"onTime", true})),
                c.problems() == 0 ? null : (double) c.closed() / c.problems(),
                c.closed() == 0 ? null : (double) c.onTime() / c.closed(), averageDays);
    }

    /** Days from feedback to closure of the closed problems, per row; answers the overall {sum, count}. */
    private double[] averageDaysToClose(Filter filter, Grouping grouping, Map<Long, Double> perRow) {
        String key = grouping == Grouping.UNIT ? "t.id" : "i.id";
        String sql = "select " + key + " as id, i.feedback_date, p.closed_on, count(*) as n" + FROM + filter.where()
                + " and p.status = 'CLOSED' and p.closed_on is not null and i.feedback_date is not null"
                + " group by " + key + ", i.feedback_date, p.closed_on";
        Map<Long, double[]> sums = new HashMap<>();
        double[] total = new double[2];
        filter.bind(jdbc.sql(sql)).query((rs, n) -> {
            long days = ChronoUnit.DAYS.between(rs.getDate("feedback_date").toLocalDate(),
                    rs.getDate("closed_on").toLocalDate());
            long count = rs.getLong("n");
            double[] sum = sums.computeIfAbsent(rs.getLong("id"), k -> new double[2]);
            sum[0] += days * count;
            sum[1] += count;
            total[0] += days * count;
            total[1] += count;
            return null;
        }).list();
        sums.forEach((id, sum) -> perRow.put(id, sum[0] / sum[1]));
        return total;
    }

    /**
     * Departments as the ledger's responsible-unit filter sees them: a department with the departments below it. Counted
     * per department exactly in one grouped query; only a department that has others below it among those answering
     * for problems is counted again over its subtree.
     */
    private List<DepartmentRow> departments(Filter filter) {
        String counts = """
                count(distinct p.id) as problems,
                count(distinct case when p.status = 'CLOSED' then p.id end) as closed,
                count(distinct case when %s then p.id end) as overdue
                """.formatted(OVERDUE);
        // a problem names a department once, so its exact counts need no distinct
        String exactCounts = """
                count(*) as problems, sum(case when p.status = 'CLOSED' then 1 else 0 end) as closed,
                sum(case when %s then 1 else 0 end) as overdue
                """.formatted(OVERDUE);
        Map<Long, long[]> exact = new LinkedHashMap<>();
        filter.bind(jdbc.sql("select pu.org_unit_id as id, " + exactCounts + FROM
                        + " join problem_unit pu on pu.problem_id = p.id" + filter.where() + " group by pu.org_unit_id"))
                .query((rs, n) -> exact.put(rs.getLong("id"), new long[] {rs.getLong("problems"), rs.getLong("closed"),
                        rs.getLong("overdue")}))
                .list();
        Map<Long, OrgUnit> units = orgUnits.byIds(exact.keySet());
        List<DepartmentRow> rows = new ArrayList<>();
        units.values().stream().sorted(Comparator.comparing(OrgUnit::getPath)).forEach(d -> {
            boolean hasBelow = units.values().stream().anyMatch(u -> u != d && u.isWithin(d));
            long[] c = hasBelow ? filter.bind(jdbc.sql("select " + counts + FROM
                            + " join problem_unit pu on pu.problem_id = p.id join org_unit ru on ru.id = pu.org_unit_id"
                            + filter.where() + " and ru.path like :departmentPath"))
                    .param("departmentPath", d.getPath() + "%")
                    .query((rs, n) -> new long[] {rs.getLong("problems"), rs.getLong("closed"), rs.getLong("overdue")})
                    .single() : exact.get(d.getId());
            Map<String, Object> base = filter.base();
            base.put("responsibleUnitId", d.getId());
            rows.add(new DepartmentRow(d.getId(), d.getName(), new Figure(c[0], query(base)),
                    new Figure(c[1], query(base, "status", "CLOSED")), new Figure(c[2], query(base, "warning", "OVERDUE")),
                    c[0] == 0 ? null : (double) c[1] / c[0]));
        });
        return rows;
    }

    private List<PersonRow> people(Filter filter) {
        String sql = """
                select x.user_id, u.display_name, o.name as unit_name,
                       count(distinct x.problem_id) as unfinished,
                       count(distinct case when x.overdue = 1 then x.problem_id end) as overdue
                from (
                  select p.id as problem_id, p.responsible_leader_id as user_id, %1$s
                  union all select p.id, pp.user_id, %2$s join problem_person pp on pp.problem_id = p.id %3$s
                  union all select p.id, m.responsible_user_id, %2$s join measure m on m.problem_id = p.id and m.removed_at is null %3$s
                ) x join app_user u on u.id = x.user_id left join org_unit o on o.id = u.org_unit_id
                group by x.user_id, u.display_name, o.name, o.path
                order by count(distinct case when x.overdue = 1 then x.problem_id end) desc, o.path, u.display_name
                """;
        String overdueFlag = "case when " + OVERDUE + " then 1 else 0 end as overdue";
        String unfinished = filter.where() + " and p.status <> 'CLOSED'";
        String leaders = overdueFlag + FROM + unfinished + " and p.responsible_leader_id is not null";
        sql = sql.formatted(leaders, overdueFlag + FROM.stripTrailing(), unfinished);
        return filter.bind(jdbc.sql(sql)).query((rs, n) -> {
            Map<String, Object> base = filter.base();
            base.put("responsibleUserId", rs.getLong("user_id"));
            return new PersonRow(rs.getLong("user_id"), rs.getString("display_name"), rs.getString("unit_name"),
                    new Figure(rs.getLong("unfinished"), query(base, "warning", null, "unfinished", true)),
                    new Figure(rs.getLong("overdue"), query(base, "warning", "OVERDUE")));
        }).list();
    }

    private List<Week> weeks(Filter filter) {
        LocalDate thisMonday = filter.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(WEEKS - 1L);
        String sql = "select p.closed_on, count(*) as n" + FROM + filter.where()
                + " and p.status = 'CLOSED' and p.closed_on >= :first and p.closed_on <= :today group by p.closed_on";
        Map<LocalDate, Long> perWeek = new LinkedHashMap<>();
        for (int w = 0; w < WEEKS; w++) {
            perWeek.put(first.plusWeeks(w), 0L);
        }
        filter.bind(jdbc.sql(sql)).param("first", first).query((rs, n) -> {
            LocalDate monday = rs.getDate("closed_on").toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            perWeek.merge(monday, rs.getLong("n"), Long::sum);
            return null;
        }).list();
        List<Week> weeks = new ArrayList<>();
        perWeek.forEach((monday, n) -> weeks.add(new Week(monday, new Figure(n, query(filter.base(), "status", "CLOSED",
                "closedFrom", monday, "closedTo", monday.plusDays(6))))));
        return weeks;
    }

    /** {@code a=1&b=2} from the base filters and name/value pairs; nulls are left out. */
    static String query(Map<String, Object> base, Object... namesAndValues) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        base.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                builder.queryParam(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
            }
        }
        String query = builder.build().getQuery();
        return query == null ? "" : query;
    }
}
