package rectify.shared.web;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;

/**
 * A refusal that concerns one field of a form or request: its name (as the form and the API call it) and the
 * sentence that says what is wrong with it. Pages show the sentence beside the field and at the top; the API
 * answers it in {@code fields}.
 */
record FieldProblem(String field, String message) {

    Map<String, String> asFields() {
        return Map.of(field, message);
    }

    /**
     * A text longer than its column takes, found by the entity's {@code @Size} when the change is saved: named
     * with the field's label, its limit and how long the text was. Null when the failure is something else.
     */
    static FieldProblem tooLong(Throwable failure, Messages messages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException invalid && !invalid.getConstraintViolations().isEmpty()) {
                ConstraintViolation<?> violation = invalid.getConstraintViolations().iterator().next();
                String property = violation.getPropertyPath().toString();
                Object limit = violation.getConstraintDescriptor().getAttributes().get("max");
                int length = violation.getInvalidValue() instanceof CharSequence text ? text.length() : 0;
                String entity = violation.getRootBeanClass().getSimpleName();
                return new FieldProblem(property, violation.getConstraintDescriptor().getAnnotation() instanceof Size
                        ? messages.get("validation.tooLongField", label(messages, entity, property), limit, length)
                        : messages.get("error.field", label(messages, entity, property), messages.get("error.invalid")));
            }
        }
        return null;
    }

    /**
     * Every field a request or form fails its record's checks on (a required field left empty, a text over its
     * limit, a value that could not be read), each with what is wrong with it, in the order of the record.
     */
    static java.util.Map<String, String> invalid(org.springframework.validation.BindingResult result,
                                                  Messages messages) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (org.springframework.validation.FieldError error : result.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), said(error, messages));
        }
        return fields;
    }

    /** The first of a request's refused fields, in one sentence that names it: the page marks it and says it on top. */
    static FieldProblem first(org.springframework.validation.BindingResult result, Messages messages) {
        org.springframework.validation.FieldError error = result.getFieldError();
        if (error == null) {
            return null;
        }
        String said = said(error, messages);
        return new FieldProblem(error.getField(), isCheck(error)
                ? messages.get("error.field", label(messages, error.getField()), said) : said);
    }

    /** What is wrong with one field: a check's own words ("必须填写"), or a whole sentence for length and form. */
    private static String said(org.springframework.validation.FieldError error, Messages messages) {
        if ("Size".equals(error.getCode()) && error.getRejectedValue() instanceof CharSequence text) {
            return messages.get("validation.tooLongField", label(messages, error.getField()),
                    error.getArguments()[1], text.length());
        }
        if (error.isBindingFailure()) {
            return unreadable(error, messages);
        }
        return messages.get(error.getDefaultMessage() == null ? "error.invalid" : error.getDefaultMessage());
    }

    /** A check's short words ("必须填写") need the field's name; a rule's own sentence ("请填写问题。") says it already. */
    private static boolean isCheck(org.springframework.validation.FieldError error) {
        return !error.isBindingFailure() && error.getDefaultMessage() != null
                && error.getDefaultMessage().startsWith("validation.") && !"Size".equals(error.getCode());
    }

    private static String unreadable(org.springframework.validation.FieldError error, Messages messages) {
        org.springframework.beans.TypeMismatchException mismatch =
                error.contains(org.springframework.beans.TypeMismatchException.class)
                        ? error.unwrap(org.springframework.beans.TypeMismatchException.class) : null;
        Class<?> type = mismatch == null ? null : mismatch.getRequiredType();
        String expected = MalformedInput.expectedOf(type);
        String field = label(messages, error.getField());
        return expected == null ? messages.get("error.malformedField", field)
                : messages.get("error.malformedFieldExpected", field, expected);
    }

    /**
     * A value that could not be read (a date that is not a date, a choice that is not offered, a missing
     * parameter), named with what the field takes. Null when the failure names no field.
     */
    static FieldProblem malformed(Exception e, Messages messages) {
        MalformedInput input = MalformedInput.of(e);
        if (input != null && !input.field().isEmpty()) {
            return new FieldProblem(input.field(), input.expected() == null
                    ? messages.get("error.malformedField", input.field())
                    : messages.get("error.malformedFieldExpected", input.field(), input.expected()));
        }
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch) {
            Class<?> type = mismatch.getRequiredType();
            return new FieldProblem(mismatch.getName(), type != null && type.isEnum()
                    ? messages.get("error.malformedFieldExpected", mismatch.getName(), MalformedInput.choicesOf(type))
                    : type == java.time.LocalDate.class
                    ? messages.get("error.malformedFieldExpected", mismatch.getName(), "2022-09-29")
                    : messages.get("error.malformedField", mismatch.getName()));
        }
        if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            return new FieldProblem(missing.getParameterName(),
                    messages.get("error.missingParameter", missing.getParameterName()));
        }
        return null;
    }

    /** What people call a field of a form: its common word, else the word the change history uses, else its name. */
    static String label(Messages messages, String property) {
        String common = messages.get("field." + property);
        if (!common.startsWith("field.")) {
            return common;
        }
        String inHistory = messages.get("history.field." + property);
        return inHistory.startsWith("history.") ? property : inHistory;
    }

    /** What people call the field: the entity's own word for it, else the common word, else its name. */
    static String label(Messages messages, String entity, String property) {
        String specific = messages.get("field." + entity + "." + property);
        if (!specific.startsWith("field.")) {
            return specific;
        }
        String common = messages.get("field." + property);
        return common.startsWith("field.") ? property : common;
    }
}
