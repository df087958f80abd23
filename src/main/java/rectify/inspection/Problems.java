package rectify.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.shared.BusinessException;
import rectify.shared.Database;
import rectify.shared.EntityChanged;

/**
 * Feedback problems. The inspection office enters the feedback; the unit's coordinator adds its own problems
 * (自查自纠、举一反三) and sets who answers for each, what type it is and by when.
 */
@Service
@Transactional
public class Problems {

    public static final String ENTITY = "Problem";

    private final ProblemRepository problems;
    private final InspectionRepository inspections;
    private final FeedbackCategoryRepository categories;
    private final InspectionAccess access;
    private final OrgUnits orgUnits;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Database database;

    Problems(ProblemRepository problems, FeedbackCategoryRepository categories, InspectionAccess access,
             OrgUnits orgUnits, Accounts accounts, ApplicationEventPublisher events, Clock clock,
             InspectionRepository inspections, Database database) {
        this.database = database;
        this.inspections = inspections;
        this.problems = problems;
        this.categories = categories;
        this.access = access;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public record Draft(Long categoryId, String title, String description, Problem.Responsibility responsibility) {
    }

    @Transactional(readOnly = true)
    public Problem get(long id) {
        return access.readableProblem(id);
    }

    /**
     * Adds a problem, numbered after the last one. Entered by the inspection office it is feedback; entered by the
     * unit's coordinator it is the unit's own finding.
     */
    public Problem create(long inspectionId, Draft draft) {
        // every statement of an entry finds its rows by ids (the inspection, its category, units, people, the last
        // number): planned once, not for every problem of a batch of feedback entered at once
        return database.withKeptPlans(() -> entered(inspectionId, draft));
    }

    private Problem entered(long inspectionId, Draft draft) {
        Inspection inspection = access.writable(inspectionId, InspectionAccess.PLANNERS);
        FeedbackCategory category = categoryOf(inspectionId, draft.categoryId());
        checkResponsibility(inspection, draft.responsibility());
        checkDeadline(inspection, draft.responsibility());
        ProblemOrigin origin = CurrentUser.require().has(Role.INSPECTION_OFFICE) ? ProblemOrigin.FEEDBACK
                : ProblemOrigin.SELF_CHECK;
        // people entering feedback at the same time each get the next number instead of a conflict
        inspections.lockForNumbering(inspectionId);
        Problem problem = problems.saveAndFlush(new Problem(inspectionId, category.getId(),
                problems.maxSeq(inspectionId) + 1, draft.title(), draft.description(), origin,
                draft.responsibility(), clock.instant()));
        events.publishEvent(EntityChanged.created(ENTITY, problem.getId(), problem.getSeq() + ". " + problem.getTitle(),
                problem.snapshot()).about(ENTITY, problem.getId()));
        return problem;
    }

    /** Changes what the problem says (feedback: the inspection office only) and who answers for it. */
    public Problem update(long id, long expectedVersion, Draft draft) {
        Problem problem = access.writableProblem(id, InspectionAccess.PLANNERS);
        BusinessException.requireVersion(problem.getVersion(), expectedVersion);
        Inspection inspection = access.readable(problem.getInspectionId());
        Map<String, Object> before = problem.snapshot();
        boolean textChanged = !problem.getTitle().equals(draft.title().strip())
                || !java.util.Objects.equals(problem.getDescription(), blankToNull(draft.description()))
                || !problem.getCategoryId().equals(draft.categoryId());
        if (textChanged) {
            if (problem.getOrigin() == ProblemOrigin.FEEDBACK && !CurrentUser.require().has(Role.INSPECTION_OFFICE)) {
                throw BusinessException.forbiddenWith("problem.rule.feedbackTextByOffice");
            }
            problem.describe(categoryOf(problem.getInspectionId(), draft.categoryId()).getId(), draft.title(),
                    draft.description());
        }
        checkResponsibility(inspection, draft.responsibility());
        if (!java.util.Objects.equals(problem.getDeadline(), draft.responsibility().deadline())
                || !java.util.Objects.equals(problem.getDeadlineReason(), blankToNull(draft.responsibility().deadlineReason()))) {
            checkDeadline(inspection, draft.responsibility());
        }
        problem.assign(draft.responsibility());
        problems.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, id, problem.getSeq() + ". " + problem.getTitle(), before,
                problem.snapshot()).about(ENTITY, id));
        return problem;
    }

    /**
     * Voids a problem entered by mistake, with a reason: only while its plan is still being made (after that it
     * is part of what was reviewed), and only by whoever enters such problems (feedback: the inspection office).
     * It leaves the ledger, the figures and the documents; the numbers after it close up; the inspection's
     * history keeps it with the reason.
     */
    public void voidProblem(long id, long expectedVersion, String reason) {
        Problem problem = access.writableProblem(id, InspectionAccess.PLANNERS);
        BusinessException.requireVersion(problem.getVersion(), expectedVersion);
        if (problem.getOrigin() == ProblemOrigin.FEEDBACK && !CurrentUser.require().has(Role.INSPECTION_OFFICE)) {
            throw BusinessException.forbiddenWith("problem.rule.feedbackTextByOffice");
        }
        if (problem.getStatus() != ProblemStatus.PLANNING || problem.getCycle() != 1) {
            throw BusinessException.conflict("problem.rule.voidOnlyWhilePlanning");
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw BusinessException.rule("problem.rule.voidReason").onField("reason");
        }
        Map<String, Object> before = new java.util.LinkedHashMap<>(problem.snapshot());
        before.put("voidReason", why);
        long inspectionId = problem.getInspectionId();
        int seq = problem.getSeq();
        events.publishEvent(new ProblemVoided(id, inspectionId));
        try {
            problems.delete(problem);
            problems.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException stillReferenced) {
            throw BusinessException.conflict("problem.rule.voidHasRecords");
        }
        for (Problem later : problems.findByInspectionIdOrderBySeq(inspectionId)) {
            if (later.getSeq() > seq) {
                later.renumber(later.getSeq() - 1);
                problems.flush();
            }
        }
        events.publishEvent(EntityChanged.deleted(ENTITY, id, "作废：" + seq + ". " + problem.getTitle() + "（" + why + "）",
                before).about("Inspection", inspectionId));
    }

    /** See {@link Problem#adoptRecordedState}: for inspections rectified before they were entered here. */
    public Problem adoptRecordedState(long id, StatusWords.Recorded recorded) {
        Problem problem = access.writableProblem(id, Role.INSPECTION_OFFICE);
        Map<String, Object> before = problem.snapshot();
        problem.adoptRecordedState(recorded.status(), recorded.closedOn(), recorded.nextReview());
        problems.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, id, "recorded state " + recorded.status(), before,
                        problem.snapshot())
                .about(ENTITY, id));
        return problem;
    }

    private FeedbackCategory categoryOf(long inspectionId, Long categoryId) {
        if (categoryId == null) {
            throw BusinessException.rule("problem.rule.category").onField("categoryId");
        }
        return categories.findById(categoryId).filter(c -> c.getInspectionId().equals(inspectionId))
                .orElseThrow(() -> BusinessException.rule("problem.rule.category").onField("categoryId"));
    }

    /**
     * A problem is not born overdue: its deadline is not before the day the feedback was given. Nor does it
     * outlast the inspection's due date for rectification without a reason on record (long-term ones may).
     */
    static void checkDeadline(Inspection inspection, Problem.Responsibility responsibility) {
        java.time.LocalDate deadline = responsibility.deadline();
        if (deadline != null && inspection.getFeedbackDate() != null && deadline.isBefore(inspection.getFeedbackDate())) {
            throw BusinessException.rule("problem.rule.deadlineBeforeFeedback", inspection.getFeedbackDate().toString()).onField("deadline");
        }
        if (deadline != null && inspection.getDueDate() != null && deadline.isAfter(inspection.getDueDate())
                && responsibility.type() != RectificationType.LONG_TERM
                && blankToNull(responsibility.deadlineReason()) == null) {
            throw BusinessException.rule("problem.rule.deadlineAfterDue", deadline.toString(),
                    inspection.getDueDate().toString()).onField("deadlineReason");
        }
    }

    private void checkResponsibility(Inspection inspection, Problem.Responsibility responsibility) {
        checkResponsibility(inspection, java.util.List.of(responsibility));
    }

    /** Responsible departments and people must belong to the unit that rectifies (of many problems in one go). */
    void checkResponsibility(Inspection inspection, Collection<Problem.Responsibility> responsibilities) {
        OrgUnit target = access.targetOf(inspection);
        Set<Long> unitIds = new java.util.HashSet<>();
        Set<Long> people = new java.util.HashSet<>();
        for (Problem.Responsibility responsibility : responsibilities) {
            unitIds.addAll(responsibility.unitIds());
            people.addAll(responsibility.userIds());
            if (responsibility.leaderId() != null) {
                people.add(responsibility.leaderId());
            }
        }
        Map<Long, OrgUnit> units = orgUnits.byIds(unitIds);
        if (units.size() != unitIds.size() || units.values().stream().anyMatch(u -> !u.isWithin(target))) {
            throw BusinessException.rule("problem.rule.unitsOutsideTarget", target.getName());
        }
        requireMembers(people, target);
    }

    /** Every one of these users exists and belongs to the target unit or one of its departments. */
    public void requireMembers(Collection<Long> userIds, OrgUnit target) {
        if (userIds.isEmpty()) {
            return;
        }
        Map<Long, UserAccount> users = accounts.byIds(userIds);
        Map<Long, OrgUnit> unitsOfUsers = orgUnits.byIds(users.values().stream().map(UserAccount::getOrgUnitId)
                .filter(java.util.Objects::nonNull).toList());
        boolean allInside = users.size() == userIds.size() && users.values().stream()
                .allMatch(u -> u.getOrgUnitId() != null && unitsOfUsers.get(u.getOrgUnitId()).isWithin(target));
        if (!allInside) {
            throw BusinessException.rule("problem.rule.peopleOutsideTarget", target.getName());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
