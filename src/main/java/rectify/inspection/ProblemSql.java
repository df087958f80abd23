package rectify.inspection;

/**
 * The problem's SQL vocabulary, for every read model that lists or counts problems (the ledger, dashboards,
 * reviews, reminders, tasks, outcomes), written against the problem table as {@code p}, its inspection as {@code i}
 * and the unit that rectifies as {@code t}. {@code ProblemSqlTest} pins each to its Java rule
 * ({@link WarningPolicy#dueOf}), so what a page counts is what the ledger lists.
 */
public final class ProblemSql {

    /**
     * From a problem to its inspection and the unit that rectifies: what a caller's scope is checked against. Every
     * problem has both (not null, foreign keys), so the outer joins match what inner joins would; said this way, the
     * database leaves them out of a query that uses neither (with the order index holding the id, V32_1, page 500 of
     * the province's whole ledger reads that index alone: 46 → 8 ms), and a condition on either makes them inner joins
     * again.
     */
    public static final String TO_UNIT = " left join inspection i on i.id = p.inspection_id"
            + " left join org_unit t on t.id = i.target_unit_id ";

    /** The problems with their inspection and unit. */
    public static final String FROM = " from problem p" + TO_UNIT;

    /** Within the caller's scope: {@code :scope} is {@code Scope.pathPattern()}. */
    public static final String IN_SCOPE = " t.path like :scope ";

    /**
     * " and" {@link #IN_SCOPE}, putting its parameter, or nothing when the scope covers every unit: there the
     * condition holds for every problem and would only cost the joins that check it.
     */
    public static String andInScope(rectify.org.Scope scope, java.util.Map<String, Object> params) {
        if (scope.coversEveryUnit()) {
            return "";
        }
        params.put("scope", scope.pathPattern());
        return " and" + IN_SCOPE;
    }

    /** The date a problem is due: its next review date while ongoing, its deadline otherwise. */
    public static final String DUE = "(case when p.status = 'ONGOING' then p.next_review_date else p.deadline end)";

    /** Open and past its due date on {@code :today}. */
    public static final String OVERDUE = "p.status <> 'CLOSED' and " + DUE + " < :today";

    /** The problems the person of {@code :userId} answers for as one of their people or as a measure's. */
    private static final String AS_PERSON_OR_MEASURE = "select pp.problem_id from problem_person pp where pp.user_id = :userId"
            + " union select m.problem_id from measure m where m.removed_at is null and m.responsible_user_id = :userId";

    /**
     * The person of {@code :userId} answers for the problem: as its leader, one of its people or a measure's. Said
     * as the set of their problems, which the database finds from three indexes; said as a condition on each
     * problem, it walked a province's whole ledger for a person with few or none.
     */
    public static final String RESPONSIBLE_USER = "p.id in (select l.id from problem l where l.responsible_leader_id = :userId"
            + " union " + AS_PERSON_OR_MEASURE + ")";

    /**
     * {@link #RESPONSIBLE_USER} in two parts no problem is in both of: the problems the person leads, and the others
     * they answer for. A list in the ledger's default order reads the first part from the leaders' index in that
     * order (problem_leader_order) and stops at the end of the page, instead of looking up and sorting every problem
     * a unit's leader leads (2,500 in the province benchmark).
     */
    public static final java.util.List<String> RESPONSIBLE_USER_PARTS = java.util.List.of(
            "p.responsible_leader_id = :userId",
            "p.responsible_leader_id is distinct from :userId and p.id in (" + AS_PERSON_OR_MEASURE + ")");

    /** Closed, with a closing date and a deadline to hold it against. */
    public static final String CLOSED_WITH_DEADLINE =
            "p.status = 'CLOSED' and p.closed_on is not null and p.deadline is not null";

    /** Closed on or before its deadline. */
    public static final String CLOSED_ON_TIME = CLOSED_WITH_DEADLINE + " and p.closed_on <= p.deadline";

    private ProblemSql() {
    }
}
