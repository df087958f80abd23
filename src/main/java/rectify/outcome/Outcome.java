package rectify.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One outcome recorded against a problem. */
public record Outcome(long id, long problemId, Kind kind, Subtype subtype, String title, Integer people,
                      BigDecimal amount, LocalDate occurredOn, String note, String createdByName, Instant createdAt) {

    /** 建章立制 / 问责 / 资金. */
    public enum Kind { INSTITUTION, ACCOUNTABILITY, FUNDS }

    /** What exactly: a rule made, revised or abolished; a kind of accountability; how money came back. */
    public enum Subtype {
        NEW(Kind.INSTITUTION), REVISED(Kind.INSTITUTION), ABOLISHED(Kind.INSTITUTION),
        PARTY_DISCIPLINE(Kind.ACCOUNTABILITY), GOVERNMENT_SANCTION(Kind.ACCOUNTABILITY),
        ORGANISATIONAL(Kind.ACCOUNTABILITY), ADMONITION(Kind.ACCOUNTABILITY), CRITICISM(Kind.ACCOUNTABILITY),
        REMINDER_TALK(Kind.ACCOUNTABILITY), REFERRAL(Kind.ACCOUNTABILITY),
        REFUNDED(Kind.FUNDS), RECOVERED(Kind.FUNDS), RETRIEVED(Kind.FUNDS);

        private final Kind kind;

        Subtype(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** Sums for a unit or a round: rules (items), people held accountable, funds in 万元. */
    public record Totals(long institutions, long people, BigDecimal funds) {

        public static final Totals NONE = new Totals(0, 0, BigDecimal.ZERO);

        public Totals plus(Totals other) {
            return new Totals(institutions + other.institutions, people + other.people, funds.add(other.funds));
        }
    }
}
