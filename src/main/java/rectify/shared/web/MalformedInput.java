package rectify.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What was wrong with a request body that could not be read, in words: the field it concerns and what it takes
 * (the allowed values of a choice, the form of a date or a number). Null when the body is not JSON at all.
 */
record MalformedInput(String field, String expected) {

    static MalformedInput of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return new MalformedInput(path(jackson.getPath()), expected(t));
            }
        }
        return null;
    }

    private static String path(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The values a choice takes, as the answer lists them: "IMMEDIATE、TIME_LIMITED、LONG_TERM". */
    static String choicesOf(Class<?> choice) {
        return Arrays.stream(choice.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static String expected(Throwable t) {
        if (!(t instanceof MismatchedInputException mismatched) || mismatched.getTargetType() == null) {
            return null;
        }
        return expectedOf(mismatched.getTargetType());
    }

    /** What a field of this type takes, in the form a person types it; null when there is nothing to add. */
    static String expectedOf(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type.isEnum()) {
            return choicesOf(type);
        }
        if (type == java.time.LocalDate.class) {
            return "2022-09-29";
        }
        if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
            return "123";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true、false";
        }
        return null;
    }
}
