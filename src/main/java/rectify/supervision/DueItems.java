package rectify.supervision;

import rectify.inspection.ProblemSql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open problems, pending measures and unanswered supervision orders due on or before a day, in a few queries. */
@Component
class DueItems {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;
    private final rectify.duty.StandingDuties duties;

    DueItems(JdbcClient jdbc, org.springframework.context.MessageSource messages, rectify.duty.StandingDuties duties) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.duties = duties;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    List<DueItem> dueBy(LocalDate horizon) {
        List<DueItem> items = new ArrayList<>();
        items.addAll(problems(horizon));
        items.addAll(measures(horizon));
        items.addAll(orders(horizon));
        items.addAll(duties(horizon));
        return items;
    }

    /**
     * Each standing duty's period coming up or recently missed, told to the duty's owner; each period is an item of
     * its own (numbered from the duty and the period's due day), so a missed one is told besides the next.
     */
    private List<DueItem> duties(LocalDate horizon) {
        List<rectify.duty.StandingDuties.Due> due = duties.dueBy(horizon);
        if (due.isEmpty()) {
            return List.of();
        }
        record Unit(String path, String name) {
        }
        Map<Long, Unit> units = new HashMap<>();
        jdbc.sql("select id, path, name from org_unit where id in (:ids)")
                .param("ids", due.stream().map(rectify.duty.StandingDuties.Due::unitId).distinct().toList())
                .query((rs, n) -> units.put(rs.getLong("id"), new Unit(rs.getString("path"), rs.getString("name"))))
                .list();
        return due.stream().map(d -> new DueItem(DueItem.Kind.DUTY, d.dutyId() * 100_000 + d.dueOn().toEpochDay() % 100_000,
                text("reminder.duty", d.title()),
                d.unitId(), units.get(d.unitId()).path(), units.get(d.unitId()).name(), d.dueOn(),
                Set.of(d.ownerId()), null, null, "/problems/" + d.problemId() + "#duty-" + d.dutyId())).toList();
    }

    private List<DueItem> problems(LocalDate horizon) {
        record Row(long id, String title, long unitId, String path, String unitName, LocalDate due, Long leader) {
        }
        List<Row> rows = jdbc.sql("""
                        select p.id, p.seq, p.title, p.status, p.deadline, p.next_review_date, p.responsible_leader_id,
                               t.id as unit_id, t.path, t.name as unit_name
                        """ + ProblemSql.FROM + " where p.status <> 'CLOSED' and " + ProblemSql.DUE + " <= :horizon")
                .param("horizon", horizon)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("seq") + ". " + rs.getString("title"),
                        rs.getLong("unit_id"), rs.getString("path"), rs.getString("unit_name"),
                        "ONGOING".equals(rs.getString("status")) ? rs.getObject("next_review_date", LocalDate.class)
                                : rs.getObject("deadline", LocalDate.class),
                        (Long) rs.getObject("responsible_leader_id", Long.class)))
                .list();
        Map<Long, Set<Long>> people = people(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new DueItem(DueItem.Kind.PROBLEM, r.id(), r.title(), r.unitId(), r.path(),
                r.unitName(), r.due(), people.getOrDefault(r.id(), Set.of()), r.leader(), null,
                "/problems/" + r.id())).toList();
    }

    private Map<Long, Set<Long>> people(List<Long> problemIds) {
        Map<Long, Set<Long>> people = new HashMap<>();
        for (int from = 0; from < problemIds.size(); from += CHUNK) {
            jdbc.sql("select problem_id, user_id from problem_person where problem_id in (:ids)")
                    .param("ids", problemIds.subList(from, Math.min(problemIds.size(), from + CHUNK)))
                    .query((rs, n) -> Map.entry(rs.getLong("problem_id"), rs.getLong("user_id"))).list()
                    .forEach(e -> people.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
        }
        return people;
    }

    private List<DueItem> measures(LocalDate horizon) {
        return jdbc.sql("""
                        select m.id, m.seq, m.text, m.deadline, m.responsible_user_id, p.id as problem_id, p.seq as pseq,
                               p.responsible_leader_id, t.id as unit_id, t.path, t.name as unit_name
                        from measure m join problem p on p.id = m.problem_id""" + ProblemSql.TO_UNIT + """
                        where m.removed_at is null and m.status = 'PENDING' and p.status <> 'CLOSED'
                          and m.deadline <= :horizon""")
                .param("horizon", horizon)
                .query((rs, n) -> {
                    Long person = rs.getObject("responsible_user_id", Long.class);
                    String text = rs.getString("text");
                    // numbers as written, not as amounts: no digit grouping, and no number format made for each of
                    // a province's half a million measures (a quarter of the morning run's time)
                    String title = text("reminder.measure", rs.getString("pseq"), rs.getString("seq"),
                            text.length() > 60 ? text.substring(0, 59) + "…" : text);
                    return new DueItem(DueItem.Kind.MEASURE, rs.getLong("id"), title, rs.getLong("unit_id"),
                            rs.getString("path"), rs.getString("unit_name"), rs.getObject("deadline", LocalDate.class),
                            person == null ? Set.of() : Set.of(person), rs.getObject("responsible_leader_id", Long.class),
                            null, "/problems/" + rs.getLong("problem_id"));
                }).list();
    }

    private List<DueItem> orders(LocalDate horizon) {
        return jdbc.sql("""
                        select o.id, o.order_year, o.order_no, o.reply_by, o.issued_by, u.id as unit_id, u.path,
                               u.name as unit_name
                        from supervision_order o join org_unit u on u.id = o.unit_id
                        where o.status = 'ISSUED' and o.reply_by <= :horizon""")
                .param("horizon", horizon)
                .query((rs, n) -> new DueItem(DueItem.Kind.ORDER, rs.getLong("id"),
                        text("reminder.order", SupervisionOrders.number(rs.getInt("order_year"), rs.getInt("order_no"))),
                        rs.getLong("unit_id"), rs.getString("path"), rs.getString("unit_name"),
                        rs.getObject("reply_by", LocalDate.class), Set.of(), null, rs.getLong("issued_by"),
                        "/supervision-orders/" + rs.getLong("id")))
                .list();
    }
}
