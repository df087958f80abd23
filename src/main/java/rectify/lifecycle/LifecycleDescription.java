package rectify.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import rectify.inspection.Inspection;
import rectify.inspection.InspectionAccess;
import rectify.inspection.Problem;
import rectify.inspection.ProblemStatus;
import rectify.inspection.ProblemTransition;
import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.org.UserAccount;

/** The lifecycle facts of a problem for its page and API: requests, decisions, cycles, and what the caller may do. */
@Component
@Transactional(readOnly = true)
public class LifecycleDescription {

    private final InspectionAccess access;
    private final ClosureRequestRepository requests;
    private final ReviewDecisionRepository decisions;
    private final TransitionRecordRepository transitions;
    private final ExtensionRequestRepository extensionRequests;
    private final Extensions extensions;
    private final Accounts accounts;
    private final rectify.rectification.Plans plans;
    private final TransitionCheck check;

    LifecycleDescription(InspectionAccess access, ClosureRequestRepository requests, ReviewDecisionRepository decisions,
                         TransitionRecordRepository transitions, ExtensionRequestRepository extensionRequests,
                         Extensions extensions, Accounts accounts,
                         rectify.rectification.Plans plans, TransitionCheck check) {
        this.check = check;
        this.plans = plans;
        this.access = access;
        this.requests = requests;
        this.decisions = decisions;
        this.transitions = transitions;
        this.extensionRequests = extensionRequests;
        this.extensions = extensions;
        this.accounts = accounts;
    }

    public record Facts(int cycle, Set<ProblemTransition> allowedActions, boolean mayRequestExtension,
                        boolean mayDecideExtension, ClosureView pendingClosure, ExtensionView pendingExtension,
                        List<Role> closureLevels, String stageGoal, int reopenedCount, List<TransitionView> transitions,
                        List<CycleView> earlierCycles, List<ClosureView> closureRequests, List<ExtensionView> extensions,
                        PlanChecklist planChecklist) {
    }

    public record TransitionView(int cycle, String action, ProblemStatus from, ProblemStatus to, String comment,
                                 String by, Instant at) {
    }

    public record DecisionView(String subject, Integer level, String role, String decision, String comment, String by,
                               Instant at) {
    }

    public record ClosureView(long id, int cycle, String summary, ClosureRequestStatus status, int currentLevel,
                              Role currentRole, Set<Long> attachmentIds, String requestedBy, Instant requestedAt,
                              List<DecisionView> decisions) {
    }

    public record ExtensionView(long id, int cycle, LocalDate oldDeadline, LocalDate newDeadline, String reason,
                                ExtensionRequest.Status status, String requestedBy, Instant requestedAt,
                                String decidedBy, String comment) {
    }

    public record CycleView(int cycle, List<ClosureView> closureRequests, List<TransitionView> transitions) {
    }

    /** Scope-checked: the caller must be able to read the problem. */
    public Facts describe(long problemId) {
        Problem problem = access.readableProblem(problemId);
        Inspection inspection = access.readable(problem.getInspectionId());
        List<ClosureRequest> closures = requests.findByProblemIdOrderByRequestedAtAscIdAsc(problemId);
        List<ReviewDecision> allDecisions = decisions.findByProblemIdOrderByDecidedAtAscIdAsc(problemId);
        List<TransitionRecord> steps = transitions.findByProblemIdOrderByOccurredAtAscIdAsc(problemId);
        List<ExtensionRequest> asked = extensionRequests.findByProblemIdOrderByRequestedAtAscIdAsc(problemId);

        Set<Long> people = new HashSet<>();
        closures.forEach(c -> people.add(c.getRequestedBy()));
        allDecisions.forEach(d -> people.add(d.getDecidedBy()));
        steps.forEach(t -> people.add(t.getActorId()));
        asked.forEach(e -> {
            people.add(e.getRequestedBy());
            if (e.getDecidedBy() != null) {
                people.add(e.getDecidedBy());
            }
        });
        Map<Long, UserAccount> names = accounts.byIds(people);

        List<TransitionView> stepViews = steps.stream().map(t -> new TransitionView(t.getCycle(), t.getAction(),
                t.getFromStatus(), t.getToStatus(), t.getComment(), name(names, t.getActorId()), t.getOccurredAt()))
                .toList();
        List<ClosureView> closureViews = closures.stream().map(c -> new ClosureView(c.getId(), c.getCycle(),
                c.getSummary(), c.getStatus(), c.getCurrentLevel() + 1, c.isPending() ? c.currentRole() : null,
                c.getAttachmentIds(), name(names, c.getRequestedBy()), c.getRequestedAt(),
                allDecisions.stream().filter(d -> "CLOSURE".equals(d.getSubject()) && c.getId().equals(d.getRequestId()))
                        .map(d -> new DecisionView(d.getSubject(), d.getLevelNo(), d.getLevelRole(), d.getDecision(),
                                d.getComment(), name(names, d.getDecidedBy()), d.getDecidedAt())).toList())).toList();
        List<ExtensionView> extensionViews = asked.stream().map(e -> new ExtensionView(e.getId(), e.getCycle(),
                e.getOldDeadline(), e.getNewDeadline(), e.getReason(), e.getStatus(), name(names, e.getRequestedBy()),
                e.getRequestedAt(), e.getDecidedBy() == null ? null : name(names, e.getDecidedBy()),
                e.getDecisionComment())).toList();
        List<CycleView> earlier = new ArrayList<>();
        for (int c = 1; c < problem.getCycle(); c++) {
            int cycle = c;
            earlier.add(new CycleView(cycle, closureViews.stream().filter(v -> v.cycle() == cycle).toList(),
                    stepViews.stream().filter(v -> v.cycle() == cycle).toList()));
        }
        ClosureView pending = closureViews.stream().filter(v -> v.status() == ClosureRequestStatus.PENDING)
                .findFirst().orElse(null);
        ExtensionView pendingExtension = extensionViews.stream()
                .filter(v -> v.status() == ExtensionRequest.Status.PENDING).findFirst().orElse(null);

        CurrentUser user = CurrentUser.require();
        Set<ProblemTransition> allowed = allowed(problem, pending, user, closures);
        boolean responsible = extensions.mayAsk(user, problem);
        boolean extensionOpen = problem.getStatus() != ProblemStatus.PLANNING
                && problem.getStatus() != ProblemStatus.CLOSED;
        return new Facts(problem.getCycle(), allowed, responsible && extensionOpen && pendingExtension == null,
                user.has(Role.INSPECTION_OFFICE) && pendingExtension != null && asked.stream()
                        .noneMatch(e -> e.getId() == pendingExtension.id() && e.getRequestedBy() == user.id()),
                pending, pendingExtension,
                inspection.getClosureLevels(), problem.getStageGoal(), problem.getReopenedCount(), stepViews, earlier,
                closureViews, extensionViews, problem.getStatus() == ProblemStatus.PLANNING
                        ? PlanChecklist.of(problem, plans.of(problemId).size()) : null);
    }

    /** The transitions the caller may start now, by the same check that enforces them: the pages show these buttons. */
    private Set<ProblemTransition> allowed(Problem problem, ClosureView pending, CurrentUser user,
                                           List<ClosureRequest> closures) {
        ClosureRequest request = pending == null ? null
                : closures.stream().filter(c -> c.getId() == pending.id()).findFirst().orElseThrow();
        Set<ProblemTransition> allowed = EnumSet.noneOf(ProblemTransition.class);
        for (ProblemTransition transition : ProblemTransition.values()) {
            if (check.allows(transition, problem, user, request)) {
                allowed.add(transition);
            }
        }
        return allowed;
    }

    private static String name(Map<Long, UserAccount> users, Long id) {
        UserAccount user = id == null ? null : users.get(id);
        return user == null ? "" : user.getDisplayName();
    }
}
