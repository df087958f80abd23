package rectify.shared;

import java.util.Map;

/**
 * Published by a module whenever it creates, updates or deletes something, inside the transaction that does it.
 * The audit module records it; {@code before} is empty for a creation, {@code after} empty for a deletion.
 */
public record EntityChanged(String entityType, String entityId, Action action, String summary,
                            Map<String, Object> before, Map<String, Object> after) {

    public enum Action { CREATE, UPDATE, DELETE }

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
}
