package rectify.shared.web;

import java.util.Map;

import org.springframework.http.HttpStatusCode;

/** The error body of every API answer that is not a success, as api.md defines it. */
public record ApiError(int status, String error, String message, Map<String, String> fields) {

    public static ApiError of(HttpStatusCode status, String message) {
        return new ApiError(status.value(), codeOf(status.value()), message, Map.of());
    }

    public static ApiError of(HttpStatusCode status, String message, Map<String, String> fields) {
        return new ApiError(status.value(), codeOf(status.value()), message, fields);
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }
}
