package rectify.inspection;

/** Which kind of check found the problems: 巡察 / 巡视 / 审计 / 督查 / 自查. */
public enum InspectionSource { INSPECTION, TOUR, AUDIT, SUPERVISION, SELF_CHECK }
