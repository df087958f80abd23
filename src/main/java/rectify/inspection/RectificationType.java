package rectify.inspection;

/** How fast a problem must be fixed: 立行立改 / 限期整改 / 长期整改. */
public enum RectificationType { IMMEDIATE, TIME_LIMITED, LONG_TERM }
