package rectify.inspection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import rectify.org.CurrentUser;
import rectify.org.DataScope;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.shared.BusinessException;

/**
 * Who may read and change an inspection and its problems. Reading needs the target unit in the caller's scope
 * (otherwise 404, as if it did not exist); changing also needs the right role (otherwise 403).
 */
@Component
@Transactional(readOnly = true)
public class InspectionAccess {

    private final InspectionRepository inspections;
    private final ProblemRepository problems;
    private final DataScope dataScope;
    private final OrgUnits orgUnits;

    InspectionAccess(InspectionRepository inspections, ProblemRepository problems, DataScope dataScope,
                     OrgUnits orgUnits) {
        this.inspections = inspections;
        this.problems = problems;
        this.dataScope = dataScope;
        this.orgUnits = orgUnits;
    }

    /** Roles that work on a unit's rectification plan. */
    public static final Role[] PLANNERS = {Role.UNIT_COORDINATOR, Role.INSPECTION_OFFICE};

    public Inspection readable(long inspectionId) {
        Inspection inspection = inspections.findById(inspectionId).orElseThrow(BusinessException::notFound);
        OrgUnit target = orgUnits.find(inspection.getTargetUnitId()).orElseThrow(BusinessException::notFound);
        if (!dataScope.current().covers(target)) {
            throw BusinessException.notFound();
        }
        return inspection;
    }

    public Problem readableProblem(long problemId) {
        Problem problem = problems.findById(problemId).orElseThrow(BusinessException::notFound);
        readable(problem.getInspectionId());
        return problem;
    }

    /** The problem, if the caller may read it and holds one of the roles; 404 outside scope, 403 for the role. */
    public Problem writableProblem(long problemId, Role... roles) {
        Problem problem = readableProblem(problemId);
        requireRole(roles);
        return problem;
    }

    public Inspection writable(long inspectionId, Role... roles) {
        Inspection inspection = readable(inspectionId);
        requireRole(roles);
        return inspection;
    }

    public static void requireRole(Role... roles) {
        if (!CurrentUser.require().hasAny(roles)) {
            throw BusinessException.forbidden();
        }
    }

    public OrgUnit targetOf(Inspection inspection) {
        return orgUnits.find(inspection.getTargetUnitId()).orElseThrow(BusinessException::notFound);
    }
}
