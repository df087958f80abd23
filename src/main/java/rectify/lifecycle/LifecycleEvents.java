package rectify.lifecycle;

import rectify.org.Role;

/**
 * The lifecycle's business events, published when a transition is committed: other modules react to them
 * (Spring Modulith's event publication registry keeps each until its listener has finished, so a failed listener
 * is retried, not lost). {@code unitId} is the unit that rectifies; {@code title} is "3. 关于……的问题".
 */
public final class LifecycleEvents {

    private LifecycleEvents() {
    }

    /** A plan was submitted; {@code reviewRequired} when it now waits for the inspection office. */
    public record PlanSubmitted(long problemId, long unitId, String title, boolean reviewRequired) {
    }

    /** The inspection office approved or returned a plan. */
    public record PlanDecided(long problemId, long unitId, String title, boolean approved) {
    }

    /** Closure was requested; it waits for the holders of {@code levelRole}, the first level. */
    public record ClosureRequested(long problemId, long unitId, String title, Role levelRole) {
    }

    /**
     * A level decided a closure request: {@code decision} is the transition taken; {@code nextLevelRole} is the
     * level it now waits for, null when the decision ended it (closed, long-term or returned).
     */
    public record ClosureDecided(long problemId, long unitId, String title, String decision, Role nextLevelRole) {
    }

    /** A closed problem was reopened for a new cycle. */
    public record Reopened(long problemId, long unitId, String title) {
    }

    /** A responsible person asked to move the deadline; the inspection office decides. */
    public record ExtensionRequested(long problemId, long unitId, String title, java.time.LocalDate newDeadline) {
    }

    /** The inspection office moved the deadline as {@code requestedBy} asked. */
    public record DeadlineExtended(long problemId, long unitId, String title, long requestedBy,
                                   java.time.LocalDate oldDeadline, java.time.LocalDate newDeadline) {
    }

    /** The inspection office refused to move the deadline, saying why in {@code comment}. */
    public record ExtensionRefused(long problemId, long unitId, String title, long requestedBy, String comment) {
    }
}
