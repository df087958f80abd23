package rectify.rectification;

/**
 * The SQL conditions the ledger filters by, for every read model that counts what the ledger lists (the dashboards'
 * figures must equal the ledger's counts). Each is written against the problem table as {@code p}.
 */
public final class LedgerConditions {

    /** The date a problem is due: its next review date while long-term, its deadline otherwise. */
    public static final String DUE = "(case when p.status = 'ONGOING' then p.next_review_date else p.deadline end)";

    /** The person of {@code :userId} answers for the problem: as its leader, one of its people or a measure's. */
    public static final String RESPONSIBLE_USER = "(p.responsible_leader_id = :userId"
            + " or exists (select 1 from problem_person pp where pp.problem_id = p.id and pp.user_id = :userId)"
            + " or exists (select 1 from measure m where m.problem_id = p.id and m.removed_at is null"
            + " and m.responsible_user_id = :userId))";

    /** Closed, with a closing date and a deadline to hold it against. */
    public static final String CLOSED_WITH_DEADLINE =
            "p.status = 'CLOSED' and p.closed_on is not null and p.deadline is not null";

    /** Closed on or before its deadline. */
    public static final String CLOSED_ON_TIME = CLOSED_WITH_DEADLINE + " and p.closed_on <= p.deadline";

    private LedgerConditions() {
    }
}
