package rectify.lifecycle;

import rectify.inspection.ProblemSql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import rectify.inspection.ProblemTransition;
import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.Role;
import rectify.org.Scope;
import rectify.rectification.LedgerTotals;
import rectify.shared.BusinessException;
import rectify.shared.web.Messages;

/**
 * A reviewer's inbox: plans to review, closure requests waiting at the caller's level, extension requests; and the
 * inspection office's batch approval, each item decided on its own so one refusal stops none of the others.
 */
@Service
public class Reviews {

    private final JdbcClient jdbc;
    private final DataScope dataScope;
    private final Lifecycle lifecycle;
    private final Extensions extensions;
    private final Messages messages;
    private final rectify.inspection.Inspections inspections;
    private final TransactionTemplate eachOnItsOwn;
    private final LedgerTotals totals;

    Reviews(JdbcClient jdbc, DataScope dataScope, Lifecycle lifecycle, Extensions extensions, Messages messages,
            rectify.inspection.Inspections inspections, PlatformTransactionManager transactions, LedgerTotals totals) {
        this.totals = totals;
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.dataScope = dataScope;
        this.lifecycle = lifecycle;
        this.extensions = extensions;
        this.messages = messages;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public enum Kind { PLAN, CLOSURE, EXTENSION }

    /** One thing waiting for a decision; {@code key} names it for a batch ("CLOSURE:12"). */
    public record Item(Kind kind, long problemId, int seq, String title, String inspectionTitle, String unitName,
                       Long requestId, String detail, Instant requestedAt, LocalDate newDeadline, int level) {
        public String key() {
            return kind + ":" + (kind == Kind.EXTENSION ? requestId : problemId);
        }
    }

    public record Outcome(String key, String title, boolean done, String message) implements java.io.Serializable {
    }

    /**
     * The caller's inbox, for its page and its API alike: only reviewers (the inspection office, unit leaders) have
     * one; anyone else is refused.
     */
    @Transactional(readOnly = true)
    public List<Item> callersInbox() {
        return callersInbox(Integer.MAX_VALUE);
    }

    /** The caller's inbox with the first {@code perKind} items of each kind, in the inbox's order. */
    @Transactional(readOnly = true)
    public List<Item> callersInbox(int perKind) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.INSPECTION_OFFICE, Role.UNIT_LEADER)) {
            throw BusinessException.forbidden();
        }
        return inbox(user, perKind);
    }

    /** Plans submitted for review in the scope, but not those the reviewer submitted themselves. */
    private static final String PLANS_WAITING = ProblemSql.FROM + " where p.status = 'PLAN_REVIEW' and"
            + ProblemSql.IN_SCOPE
            // a plan is not reviewed by the person who submitted it: the cycle's last submission is not theirs
            // (said without a subquery per problem, so the database checks the reviewer's few submissions at once)
            + " and not exists (select 1 from problem_transition s where s.problem_id = p.id"
            + " and s.cycle = p.cycle and s.action = 'SUBMIT_PLAN' and s.actor_id = :me"
            + " and not exists (select 1 from problem_transition s2 where s2.problem_id = s.problem_id"
            + " and s2.cycle = s.cycle and s2.action = 'SUBMIT_PLAN' and s2.id > s.id))";

    /** Extensions asked for in the scope, but not those the reviewer asked for. */
    private static final String EXTENSIONS_WAITING = " from extension_request e join problem p on p.id = e.problem_id"
            + ProblemSql.TO_UNIT + " where e.status = 'PENDING' and" + ProblemSql.IN_SCOPE + " and e.requested_by <> :me";

    /** Closures asked for in the scope at a level one of the caller's roles decides. */
    private static final String CLOSURES_WAITING = " from closure_request c join problem p on p.id = c.problem_id"
            + ProblemSql.TO_UNIT + " where c.status = 'PENDING' and c.deciding_role in (:roles) and" + ProblemSql.IN_SCOPE
            // always true of a pending request; said so that a count reads the problems of that status only
            + " and p.status = 'CLOSURE_REVIEW'"
            // no one decides a closure they asked for or decided at an earlier level
            + " and c.requested_by <> :me and not exists (select 1 from review_decision d where d.subject = 'CLOSURE'"
            + " and d.request_id = c.id and d.decided_by = :me)";

    @Transactional(readOnly = true)
    public List<Item> inbox(CurrentUser user) {
        return inbox(user, Integer.MAX_VALUE);
    }

    private List<Item> inbox(CurrentUser user, int perKind) {
        Scope scope = dataScope.businessScopeOf(user);
        List<Item> items = new ArrayList<>();
        if (scope.isNone()) {
            return items;
        }
        String pattern = scope.pathPattern();
        if (user.has(Role.INSPECTION_OFFICE)) {
            items.addAll(jdbc.sql("select p.id, p.seq, p.title, i.title as inspection_title, t.name as unit_name"
                    + PLANS_WAITING + " order by i.id, p.seq limit :perKind")
                    .param("scope", pattern).param("me", user.id()).param("perKind", perKind)
                    .query((rs, n) -> new Item(Kind.PLAN, rs.getLong("id"), rs.getInt("seq"), rs.getString("title"),
                            rs.getString("inspection_title"), rs.getString("unit_name"), null, null, null, null, 0))
                    .list());
            items.addAll(jdbc.sql("select e.id as request_id, e.reason, e.requested_at, e.new_deadline, p.id, p.seq,"
                    + " p.title, i.title as inspection_title, t.name as unit_name" + EXTENSIONS_WAITING
                    + " order by e.requested_at limit :perKind")
                    .param("scope", pattern).param("me", user.id()).param("perKind", perKind)
                    .query((rs, n) -> new Item(Kind.EXTENSION, rs.getLong("id"), rs.getInt("seq"), rs.getString("title"),
                            rs.getString("inspection_title"), rs.getString("unit_name"), rs.getLong("request_id"),
                            rs.getString("reason"), rs.getTimestamp("requested_at").toInstant(),
                            rs.getDate("new_deadline").toLocalDate(), 0))
                    .list());
        }
        items.addAll(jdbc.sql("select c.id as request_id, c.summary, c.requested_at, c.current_level, p.id, p.seq,"
                        + " p.title, i.title as inspection_title, t.name as unit_name" + CLOSURES_WAITING
                        + " order by c.requested_at, c.id limit :perKind")
                .param("scope", pattern).param("me", user.id()).param("roles", roleNames(user))
                .param("perKind", perKind)
                .query((rs, n) -> new Item(Kind.CLOSURE, rs.getLong("id"), rs.getInt("seq"), rs.getString("title"),
                        rs.getString("inspection_title"), rs.getString("unit_name"), rs.getLong("request_id"),
                        rs.getString("summary"), rs.getTimestamp("requested_at").toInstant(), null,
                        rs.getInt("current_level") + 1))
                .list());
        return items;
    }

    /**
     * How many items of each kind the caller's inbox holds, without reading them: the workbench's figures, which a
     * province's inspection office sees with tens of thousands of plans waiting.
     */
    @Transactional(readOnly = true)
    public Map<Kind, LedgerTotals.Total> waiting(CurrentUser user) {
        Map<Kind, LedgerTotals.Total> counts = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new LedgerTotals.Total(0, true));
        }
        Scope scope = dataScope.businessScopeOf(user);
        if (scope.isNone()) {
            return counts;
        }
        String pattern = scope.pathPattern();
        // exact up to ten thousand, above that counted once a minute (a province's office has tens of thousands)
        Map<String, Object> params = Map.of("scope", pattern, "me", user.id());
        if (user.has(Role.INSPECTION_OFFICE)) {
            counts.put(Kind.PLAN, totals.of(PLANS_WAITING, params));
            counts.put(Kind.EXTENSION, totals.of(EXTENSIONS_WAITING, params));
        }
        counts.put(Kind.CLOSURE, totals.of(CLOSURES_WAITING, Map.of("scope", pattern, "me", user.id(),
                "roles", roleNames(user))));
        return counts;
    }

    private static List<String> roleNames(CurrentUser user) {
        return user.roles().stream().map(Enum::name).toList();
    }

    public static boolean mayApproveInBatch(rectify.org.CurrentUser user) {
        return user.has(rectify.org.Role.INSPECTION_OFFICE);
    }

    /** Submits the plan of every problem of an inspection still in planning, each on its own; says how each went. */
    public List<Outcome> submitAllPlans(long inspectionId) {
        List<Outcome> outcomes = new ArrayList<>();
        for (var problem : inspections.problemsOf(inspectionId)) {
            if (problem.getStatus() != rectify.inspection.ProblemStatus.PLANNING) {
                continue;
            }
            String title = problem.getSeq() + ". " + problem.getTitle();
            try {
                eachOnItsOwn.executeWithoutResult(status -> lifecycle.apply(problem.getId(),
                        Lifecycle.Request.of(ProblemTransition.SUBMIT_PLAN, null)));
                outcomes.add(new Outcome("PLAN:" + problem.getId(), title, true, messages.get("reviews.submitted")));
            } catch (BusinessException e) {
                outcomes.add(new Outcome("PLAN:" + problem.getId(), title, false, messages.of(e)));
            } catch (OptimisticLockingFailureException e) {
                outcomes.add(new Outcome("PLAN:" + problem.getId(), title, false, messages.get("error.staleVersion")));
            }
        }
        return outcomes;
    }

    /**
     * Approves each named item in a transaction of its own and says how each went. Approving in batch is the
     * inspection office's (a unit leader decides each request on its own page).
     */
    public List<Outcome> approveAll(List<String> keys) {
        if (!mayApproveInBatch(rectify.org.CurrentUser.require())) {
            throw BusinessException.forbidden();
        }
        if (keys == null || keys.isEmpty()) {
            throw BusinessException.rule("reviews.noneChosen");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String key : keys) {
            String[] parts = key.split(":");
            try {
                Kind kind = Kind.valueOf(parts[0]);
                long id = Long.parseLong(parts[1]);
                String title = eachOnItsOwn.execute(status -> switch (kind) {
                    case PLAN -> lifecycle.apply(id, Lifecycle.Request.of(ProblemTransition.APPROVE_PLAN, null)).getTitle();
                    case CLOSURE -> lifecycle.apply(id, Lifecycle.Request.of(ProblemTransition.APPROVE, null)).getTitle();
                    case EXTENSION -> {
                        extensions.decide(id, true, null);
                        yield messages.get("reviews.extension");
                    }
                });
                outcomes.add(new Outcome(key, title, true, messages.get("reviews.approved")));
            } catch (BusinessException e) {
                outcomes.add(new Outcome(key, key, false, messages.of(e)));
            } catch (OptimisticLockingFailureException e) {
                outcomes.add(new Outcome(key, key, false, messages.get("error.staleVersion")));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                outcomes.add(new Outcome(key, key, false, messages.get("error.malformed")));
            }
        }
        return outcomes;
    }
}
