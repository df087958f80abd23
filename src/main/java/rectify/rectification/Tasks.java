package rectify.rectification;

import rectify.inspection.ProblemSql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.WarningLevel;
import rectify.inspection.WarningPolicy;
import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.Scope;

/** What waits for a person: the open measures assigned to them, soonest due first. */
@Service
@Transactional(readOnly = true)
public class Tasks {

    private final JdbcClient jdbc;
    private final DataScope dataScope;
    private final WarningPolicy warnings;
    private final Clock clock;

    Tasks(JdbcClient jdbc, DataScope dataScope, WarningPolicy warnings, Clock clock) {
        this.jdbc = jdbc;
        this.dataScope = dataScope;
        this.warnings = warnings;
        this.clock = clock;
    }

    public record Task(long measureId, long problemId, int problemSeq, String problemTitle, String inspectionTitle,
                       int measureSeq, String text, LocalDate deadline, MeasureStatus status, WarningLevel warning,
                       LocalDate lastProgressOn, long version) {
    }

    public List<Task> of(CurrentUser user) {
        Scope scope = dataScope.businessScopeOf(user);
        if (scope.isNone()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select m.id, m.problem_id, p.seq as problem_seq, p.title as problem_title, i.title as inspection_title,
                       m.seq, m.text, coalesce(m.deadline, p.deadline) as deadline, m.status, m.version,
                       (select max(r.reported_on) from progress_report r where r.measure_id = m.id and r.voided_at is null) as last_progress
                from measure m
                join problem p on p.id = m.problem_id""" + ProblemSql.TO_UNIT + """
                where m.responsible_user_id = :user and m.removed_at is null and p.status <> 'CLOSED'
                  and""" + ProblemSql.IN_SCOPE + """
                order by case when m.status = 'DONE' then 1 else 0 end, coalesce(m.deadline, p.deadline), p.seq, m.seq
                """)
                .param("user", user.id())
                .param("scope", scope.pathPattern())
                .query((rs, n) -> {
                    java.sql.Date due = rs.getDate("deadline");
                    java.sql.Date last = rs.getDate("last_progress");
                    MeasureStatus status = MeasureStatus.valueOf(rs.getString("status"));
                    LocalDate deadline = due == null ? null : due.toLocalDate();
                    return new Task(rs.getLong("id"), rs.getLong("problem_id"), rs.getInt("problem_seq"),
                            rs.getString("problem_title"), rs.getString("inspection_title"), rs.getInt("seq"),
                            rs.getString("text"), deadline, status,
                            status == MeasureStatus.DONE ? WarningLevel.NORMAL : warnings.levelOf(deadline, today),
                            last == null ? null : last.toLocalDate(), rs.getLong("version"));
                }).list();
    }
}
