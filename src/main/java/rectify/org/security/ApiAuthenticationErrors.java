package rectify.org.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import rectify.shared.web.ApiError;
import rectify.shared.web.Messages;

/** 401 and 403 of the API as the JSON error of api.md, never a login page or a browser prompt. */
class ApiAuthenticationErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Messages messages;
    private final JsonMapper json;

    ApiAuthenticationErrors(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        String key = exception instanceof org.springframework.security.authentication.LockedException
                ? "auth.api.locked" : "auth.api.unauthorized";
        write(response, HttpStatus.UNAUTHORIZED, messages.get(key));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        write(response, HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"rectify\"");
        }
        json.writeValue(response.getOutputStream(), ApiError.of(status, message));
    }
}
