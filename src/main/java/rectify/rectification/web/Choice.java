package rectify.rectification.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import rectify.inspection.Inspection;
import rectify.org.OrgUnit;
import rectify.org.UserAccount;

/**
 * One choice of a ledger filter that is typed rather than listed: its id and the words a person types and reads.
 * Labels are unique within a list (a person types a label, the page sends its id): a unit by its full name, under
 * its parent where the name alone is shared ("办公室"), a person with their unit where two share a name.
 */
record Choice(long id, String label) {

    static final int AT_MOST = 20;

    static List<Choice> ofInspections(List<Inspection> inspections) {
        return unique(inspections.stream().map(i -> new Choice(i.getId(), i.getTitle())).toList());
    }

    static List<Choice> ofUnits(List<OrgUnit> units) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.getId(), u));
        Map<String, Long> times = counts(units.stream().map(OrgUnit::getName).toList());
        return unique(units.stream().map(u -> {
            OrgUnit parent = u.getParentId() == null ? null : byId.get(u.getParentId());
            boolean shared = times.get(u.getName()) > 1 && parent != null;
            return new Choice(u.getId(), shared ? parent.displayName() + " " + u.getName() : u.getName());
        }).toList());
    }

    static List<Choice> ofPeople(List<UserAccount> people) {
        Map<String, Long> times = counts(people.stream().map(UserAccount::getDisplayName).toList());
        return unique(people.stream().map(p -> new Choice(p.getId(), times.get(p.getDisplayName()) > 1
                ? p.getDisplayName() + "（" + p.getUsername() + "）" : p.getDisplayName())).toList());
    }

    /** The choices whose label contains the typed words (any case), in the list's order, at most {@link #AT_MOST}. */
    static List<Choice> matching(List<Choice> all, String typed) {
        String words = typed.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(c -> c.label().toLowerCase(Locale.ROOT).contains(words)).limit(AT_MOST).toList();
    }

    private static Map<String, Long> counts(List<String> labels) {
        Map<String, Long> times = new HashMap<>();
        labels.forEach(l -> times.merge(l, 1L, Long::sum));
        return times;
    }

    /** Whatever still repeats (two inspections of the same title) is told apart by its number. */
    private static List<Choice> unique(List<Choice> choices) {
        Map<String, Long> times = counts(choices.stream().map(Choice::label).toList());
        return choices.stream().map(c -> times.get(c.label()) > 1 ? new Choice(c.id(), c.label() + "（" + c.id() + "）")
                : c).toList();
    }
}
