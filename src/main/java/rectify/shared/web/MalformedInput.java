package rectify.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What was wrong with a request body that could not be read, in words: the field it concerns, the value given, and
 * what the field takes (the allowed values of a choice, the form of a date or a number). Null when the body is not
 * JSON at all.
 */
record MalformedInput(String field, String value, String expected) {

    static MalformedInput of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return new MalformedInput(path(jackson.getPath()), value(t), expected(t));
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

    private static String value(Throwable t) {
        return t instanceof InvalidFormatException invalid && invalid.getValue() != null
                ? String.valueOf(invalid.getValue()) : null;
    }

    private static String expected(Throwable t) {
        if (!(t instanceof MismatchedInputException mismatched) || mismatched.getTargetType() == null) {
            return null;
        }
        Class<?> type = mismatched.getTargetType();
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
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
