package rectify.lookback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.InspectionAccess;
import rectify.inspection.ProblemSql;
import rectify.org.DataScope;
import rectify.org.Role;
import rectify.org.Scope;

/**
 * Inspections proposed for a 回头看: those with problems closed at least {@code rectify.look-back.after-months}
 * (default 12) months ago that no look-back has revisited yet, oldest closure first, for the inspection office.
 */
@Service
@Transactional(readOnly = true)
public class LookBackProposals {

    /** An inspection whose closed problems are due for a look-back: how many, and since when they have been closed. */
    public record Proposal(long inspectionId, String inspectionTitle, String unitName, int closedProblems,
                           LocalDate closedSince) {
    }

    private final JdbcClient jdbc;
    private final DataScope dataScope;
    private final Clock clock;
    private final int afterMonths;

    LookBackProposals(JdbcClient jdbc, DataScope dataScope, Clock clock,
                      @Value("${rectify.look-back.after-months:12}") int afterMonths) {
        this.jdbc = jdbc;
        this.dataScope = dataScope;
        this.clock = clock;
        this.afterMonths = afterMonths;
    }

    public int afterMonths() {
        return afterMonths;
    }

    public List<Proposal> proposals() {
        InspectionAccess.requireRole(Role.INSPECTION_OFFICE);
        Scope scope = dataScope.current();
        if (scope.isNone()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("closedBy", LocalDate.now(clock).minusMonths(afterMonths));
        String inScope = ProblemSql.andInScope(scope, params);
        var query = jdbc.sql("""
                select i.id, i.title, t.name as unit_name, count(*) as closed, min(p.closed_on) as since
                """ + ProblemSql.FROM + """
                 where p.status = 'CLOSED' and p.closed_on <= :closedBy and i.kind <> 'LOOK_BACK'
                   and not exists (select 1 from look_back_item l where l.problem_id = p.id)""" + inScope + """
                 group by i.id, i.title, t.name order by min(p.closed_on), i.id""");
        params.forEach(query::param);
        return query.query((rs, n) -> new Proposal(rs.getLong("id"), rs.getString("title"), rs.getString("unit_name"),
                rs.getInt("closed"), rs.getObject("since", LocalDate.class))).list();
    }
}
