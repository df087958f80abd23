package rectify.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal a person should read: the status says what kind, the message key and arguments say what exactly,
 * in the caller's language (see messages.properties).
 */
public class BusinessException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;
    private String field;

    public BusinessException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /** The form or request field the refusal concerns, so the page can say it beside that field; null if none. */
    public String field() {
        return field;
    }

    public BusinessException onField(String field) {
        this.field = field;
        return this;
    }

    public static BusinessException notFound() {
        return new BusinessException(HttpStatus.NOT_FOUND, "error.notFound");
    }

    public static BusinessException forbidden() {
        return new BusinessException(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    public static BusinessException forbiddenWith(String messageKey, Object... args) {
        return new BusinessException(HttpStatus.FORBIDDEN, messageKey, args);
    }

    public static BusinessException staleVersion() {
        return new BusinessException(HttpStatus.CONFLICT, "error.staleVersion");
    }

    /** An edit based on an older version than the current one would overwrite someone's change: 409. */
    public static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw staleVersion();
        }
    }

    public static BusinessException conflict(String messageKey, Object... args) {
        return new BusinessException(HttpStatus.CONFLICT, messageKey, args);
    }

    /**
     * Refuses a text longer than its column, in the words entities' limits are refused in ("“发现的问题”最多4000个字符，
     * 现有4001个"), naming the field: for what is written with SQL rather than through an entity's {@code @Size}.
     */
    public static void requireWithin(String text, int limit, String field, String labelKey) {
        if (text != null && text.length() > limit) {
            throw tooLong(new org.springframework.context.support.DefaultMessageSourceResolvable(labelKey), limit,
                    text.length(), field);
        }
    }

    private static BusinessException tooLong(org.springframework.context.MessageSourceResolvable label, int limit,
                                             int length, String field) {
        return rule("validation.tooLongField", label, limit, length).onField(field);
    }

    /**
     * Refuses an entity whose texts exceed the limits its {@code @Size} annotations set, in the same words, before it
     * is written with SQL (which bypasses the checks an entity gets when it is saved).
     */
    public static void requireWithinLimits(jakarta.validation.Validator validator, Object entity) {
        for (jakarta.validation.ConstraintViolation<Object> violation : validator.validate(entity)) {
            String property = violation.getPropertyPath().toString();
            Object max = violation.getConstraintDescriptor().getAttributes().get("max");
            if (max instanceof Integer limit && violation.getInvalidValue() instanceof String text) {
                throw tooLong(new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[]{"field." + property, "history.field." + property}, property), limit,
                        text.length(), property);
            }
            throw rule("error.invalid").onField(property);
        }
    }

    public static BusinessException rule(String messageKey, Object... args) {
        return new BusinessException(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
    }

    public static BusinessException badRequest(String messageKey, Object... args) {
        return new BusinessException(HttpStatus.BAD_REQUEST, messageKey, args);
    }
}
