package rectify.shared;

import java.util.Map;

/**
 * Published by a module whenever it creates, updates or deletes something, inside the transaction that does it.
 * The audit module records it; {@code before} is empty for a creation, {@code after} empty for a deletion.
 * {@code subject} names what the change belongs to ("Problem:12"), so a problem's page can show its history.
 */
public record EntityChanged(String entityType, String entityId, Action action, String summary,
                            Map<String, Object> before, Map<String, Object> after, String subject) {

    public enum Action { CREATE, UPDATE, DELETE }

    public EntityChanged(String entityType, String entityId, Action action, String summary,
                         Map<String, Object> before, Map<String, Object> after) {
        this(entityType, entityId, action, summary, before, after, null);
    }

    public static EntityChanged created(String type, Object id, String summary, Map<String, Object> after) {
        return new EntityChanged(type, String.valueOf(id), Action.CREATE, summary, Map.of(), after);
    }

    public static EntityChanged updated(String type, Object id, String summary,
                                        Map<String, Object> before, Map<String, Object> after) {
        return new EntityChanged(type, String.valueOf(id), Action.UPDATE, summary, before, after);
    }

    public static EntityChanged deleted(String type, Object id, String summary, Map<String, Object> before) {
        return new EntityChanged(type, String.valueOf(id), Action.DELETE, summary, before, Map.of());
    }

    public EntityChanged about(String subjectType, Object subjectId) {
        return new EntityChanged(entityType, entityId, action, summary, before, after, subjectType + ":" + subjectId);
    }
}
