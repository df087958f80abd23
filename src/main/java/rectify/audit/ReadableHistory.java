package rectify.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import rectify.org.Accounts;
import rectify.org.OrgUnits;

/**
 * An object's history as people read it: who (by name) did what (in words), and for each field that changed its
 * label with the value before → after, people and units by name, choices in words, and no ids, codes or JSON.
 */
@Component
public class ReadableHistory {

    /** One change of one field. */
    public record Change(String field, String before, String after) {
    }

    /** One event of the history. */
    public record Entry(Instant at, String actor, String what, String summary, List<Change> changes) {
    }

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** The enumerations a field's value may name, by the message key prefixes that put them in words. */
    private static final List<String> CHOICES = List.of("problem.status.", "measure.status.", "problem.type.",
            "problem.origin.", "inspection.kind.", "inspection.source.", "outcome.kind.", "role.",
            "lifecycle.action.", "closure.status.", "extension.status.", "lookBack.verdict.");

    private final MessageSource messages;
    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final JsonMapper json;

    ReadableHistory(MessageSource messages, Accounts accounts, OrgUnits orgUnits, JsonMapper json) {
        this.messages = messages;
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.json = json;
    }

    public List<Entry> of(List<AuditEvent> events) {
        Set<Long> people = new HashSet<>();
        Set<Long> units = new HashSet<>();
        List<Map<String, Object>[]> states = new ArrayList<>();
        for (AuditEvent e : events) {
            @SuppressWarnings("unchecked")
            Map<String, Object>[] pair = new Map[] {parse(e.getBeforeState()), parse(e.getAfterState())};
            states.add(pair);
            if (e.getActorId() != null) {
                people.add(e.getActorId());
            }
            for (Map<String, Object> state : pair) {
                state.forEach((key, value) -> collectIds(key, value, people, units));
            }
        }
        Map<Long, String> names = new LinkedHashMap<>();
        accounts.byIds(people).forEach((id, user) -> names.put(id, user.getDisplayName()));
        Map<Long, String> unitNames = new LinkedHashMap<>();
        orgUnits.byIds(units).forEach((id, unit) -> unitNames.put(id, unit.displayName()));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            entries.add(new Entry(e.getOccurredAt(),
                    e.getActorId() != null && names.containsKey(e.getActorId()) ? names.get(e.getActorId())
                            : "system".equals(e.getActor()) ? text("history.system", "系统") : e.getActor(),
                    what(e), summary(e.getSummary()), changes(states.get(i)[0], states.get(i)[1], names, unitNames)));
        }
        return entries;
    }

    private String what(AuditEvent e) {
        String entity = text("history.entity." + e.getEntityType(), e.getEntityType());
        return entity + " · " + text("audit.action." + e.getAction(), e.getAction());
    }

    /** "SUBMIT_PLAN 3. 关于……的问题" → "提交整改方案 3. 关于……的问题": a leading code in words. */
    private String summary(String summary) {
        if (summary == null) {
            return "";
        }
        int space = summary.indexOf(' ');
        String head = space < 0 ? summary : summary.substring(0, space);
        if (head.matches("[A-Z][A-Z_]+")) {
            String words = messages.getMessage("lifecycle.action." + head, null, null, ZH);
            if (words != null) {
                return words + summary.substring(head.length());
            }
        }
        return summary;
    }

    private List<Change> changes(Map<String, Object> before, Map<String, Object> after, Map<Long, String> people,
                                 Map<Long, String> units) {
        List<Change> changes = new ArrayList<>();
        Set<String> keys = new java.util.LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            Object old = before.get(key);
            Object now = after.get(key);
            if (Objects.equals(old, now) || !shown(key)) {
                continue;
            }
            String label = messages.getMessage("history.field." + key, null, null, ZH);
            if (label == null) {
                continue;
            }
            String was = value(key, old, people, units);
            String is = value(key, now, people, units);
            // nothing to tell: empty before and after, or a new object's flag that is off
            if (was.equals(is) || old == null && Boolean.FALSE.equals(now)) {
                continue;
            }
            changes.add(new Change(label, was, is));
        }
        return changes;
    }

    /** Fields a reader has nothing to do with: versions, hashes, internal numbers. */
    private static boolean shown(String key) {
        return !List.of("version", "sha256", "id", "categoryId", "roundId", "cycle", "owner", "hint", "userId",
                "order").contains(key);
    }

    private String value(String key, Object value, Map<Long, String> people, Map<Long, String> units) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return "—";
        }
        if (value instanceof Collection<?> list) {
            List<String> words = new ArrayList<>();
            for (Object item : list) {
                words.add(value(key, item, people, units));
            }
            return words.isEmpty() ? "—" : String.join("、", words);
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (isPersonKey(key) && value instanceof Number n) {
            return people.getOrDefault(n.longValue(), text("history.someone", "（已删除的用户）"));
        }
        if (isUnitKey(key) && value instanceof Number n) {
            return units.getOrDefault(n.longValue(), text("history.someUnit", "（已删除的单位）"));
        }
        String text = String.valueOf(value);
        if (text.matches("[A-Z][A-Z_]+")) {
            for (String prefix : CHOICES) {
                String words = messages.getMessage(prefix + text, null, null, ZH);
                if (words != null) {
                    return words;
                }
            }
        }
        return text;
    }

    private static boolean isPersonKey(String key) {
        return key.equals("responsibleLeaderId") || key.equals("responsibleUserId") || key.equals("responsibleUserIds")
                || key.equals("people") || key.endsWith("UserId") || key.endsWith("ById");
    }

    private static boolean isUnitKey(String key) {
        return key.equals("responsibleUnitIds") || key.equals("orgUnitId") || key.equals("targetUnitId")
                || key.equals("parentId") || key.equals("unitId");
    }

    private static void collectIds(String key, Object value, Set<Long> people, Set<Long> units) {
        if (value instanceof Collection<?> list) {
            list.forEach(item -> collectIds(key, item, people, units));
        } else if (value instanceof Number n) {
            if (isPersonKey(key)) {
                people.add(n.longValue());
            } else if (isUnitKey(key)) {
                units.add(n.longValue());
            }
        }
    }

    private Map<String, Object> parse(String state) {
        if (state == null || state.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(state, MAP);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, ZH);
    }
}
