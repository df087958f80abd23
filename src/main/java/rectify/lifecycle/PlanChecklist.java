package rectify.lifecycle;

import java.util.List;

import rectify.inspection.Problem;

/**
 * What a plan needs before it goes to review: a deadline, the leader, the departments and the people who answer for
 * the problem, and at least one measure. The problem page shows it as a checklist beside the submit button; the
 * submission is refused while an item is missing, naming it.
 */
public record PlanChecklist(List<Item> items) {

    /** One requirement; {@code key} names its words in the message bundles (plan.check.*). */
    public record Item(String key, boolean done) {
    }

    static PlanChecklist of(Problem problem, int measures) {
        return new PlanChecklist(List.of(
                new Item("deadline", problem.getDeadline() != null),
                new Item("leader", problem.getResponsibleLeaderId() != null),
                new Item("units", !problem.getResponsibleUnitIds().isEmpty()),
                new Item("persons", !problem.getResponsibleUserIds().isEmpty()),
                new Item("measures", measures > 0)));
    }

    public boolean complete() {
        return items.stream().allMatch(Item::done);
    }

    public List<String> missing() {
        return items.stream().filter(i -> !i.done()).map(Item::key).toList();
    }
}
