package rectify.inspection;

/** The lifecycle of domain.md. Anything but CLOSED is still being rectified (正在整改). */
public enum ProblemStatus {
    PLANNING, PLAN_REVIEW, IN_PROGRESS, CLOSURE_REVIEW, ONGOING, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
