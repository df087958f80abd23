package rectify.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.shared.BusinessException;

/**
 * A refused action in a page: not-found and forbidden show the friendly error page; any other refusal sends the
 * user back to the page they came from with one sentence saying what is wrong. Nothing was changed. A controller
 * that serves an API path too (a download) answers there with the API's JSON error instead.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final Messages messages;

    private final tools.jackson.databind.json.JsonMapper json;

    PageExceptionHandler(Messages messages, tools.jackson.databind.json.JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(BusinessException.class)
    ModelAndView business(BusinessException e, HttpServletRequest request, RedirectAttributes redirect) {
        return refuse(e.status(), messages.of(e), e.field(), request, redirect);
    }

    /** A text too long for its field, found when the change is saved; said beside that field. */
    @ExceptionHandler({jakarta.validation.ConstraintViolationException.class,
            org.springframework.transaction.TransactionSystemException.class,
            org.springframework.orm.jpa.JpaSystemException.class})
    ModelAndView notSaved(Exception e, HttpServletRequest request, RedirectAttributes redirect) throws Exception {
        FieldProblem problem = FieldProblem.tooLong(e, messages);
        if (problem == null) {
            throw e;
        }
        return refuse(HttpStatus.BAD_REQUEST, problem.message(), problem.field(), request, redirect);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletRequest request, RedirectAttributes redirect) {
        return refuse(HttpStatus.CONFLICT, messages.get("error.staleVersion"), request, redirect);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest request, RedirectAttributes redirect) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return refuse(HttpStatus.CONFLICT, messages.get("error.integrity"), request, redirect);
    }

    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
            org.apache.tomcat.util.http.InvalidParameterException.class,
            org.apache.tomcat.util.http.fileupload.InvalidFileNameException.class})
    ModelAndView upload(Exception e, HttpServletRequest request, RedirectAttributes redirect) {
        return UploadFailures.isTooLarge(e)
                ? refuse(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.tooLarge"), request, redirect)
                : UploadFailures.isBadFileName(e)
                ? refuse(HttpStatus.BAD_REQUEST, messages.get("error.fileName"), request, redirect)
                : refuse(HttpStatus.BAD_REQUEST, messages.get("error.malformed"), request, redirect);
    }

    /** A malformed address or form field (a date that is not a date, a number that is not a number). */
    @ExceptionHandler({org.springframework.web.bind.MethodArgumentNotValidException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    ModelAndView malformed(Exception e, HttpServletRequest request, RedirectAttributes redirect) {
        FieldProblem problem = e instanceof org.springframework.validation.BindException invalid
                ? FieldProblem.first(invalid.getBindingResult(), messages) : FieldProblem.malformed(e, messages);
        return problem == null ? refuse(HttpStatus.BAD_REQUEST, messages.get("error.malformed"), request, redirect)
                : refuse(HttpStatus.BAD_REQUEST, problem.message(), problem.field(), request, redirect);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletRequest request, RedirectAttributes redirect) {
        return refuse(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), request, redirect);
    }

    /** Fields whose values never come back to the page (secrets, and the form's own token). */
    private static final java.util.Set<String> NOT_KEPT = java.util.Set.of("_csrf", "password", "oldPassword",
            "newPassword", "confirmPassword", "version");
    /** Longer values are not kept in the session (a pasted document stays in the browser's own undo). */
    private static final int KEPT_CHARACTERS = 100_000;

    /**
     * What the person typed goes back to the page they came from, with the form it was sent from: the page puts it
     * back into that form's fields (app.js), so a refusal never costs the typing.
     */
    private void keepTyped(HttpServletRequest request, RedirectAttributes redirect) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        java.util.Map<String, java.util.List<String>> typed = new java.util.LinkedHashMap<>();
        int size = 0;
        try {
            for (var entry : request.getParameterMap().entrySet()) {
                if (NOT_KEPT.contains(entry.getKey())) {
                    continue;
                }
                java.util.List<String> values = java.util.Arrays.asList(entry.getValue());
                size += values.stream().mapToInt(String::length).sum();
                typed.put(entry.getKey(), values);
            }
        } catch (RuntimeException unreadable) {
            return;
        }
        if (typed.isEmpty() || size > KEPT_CHARACTERS) {
            return;
        }
        redirect.addFlashAttribute("typedForm", request.getRequestURI());
        redirect.addFlashAttribute("typedValues", json.writeValueAsString(typed));
    }

    private ModelAndView refuse(HttpStatus status, String message, HttpServletRequest request,
                                RedirectAttributes redirect) {
        return refuse(status, message, null, request, redirect);
    }

    private ModelAndView refuse(HttpStatus status, String message, String field, HttpServletRequest request,
                                RedirectAttributes redirect) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            org.springframework.web.servlet.view.json.JacksonJsonView json =
                    new org.springframework.web.servlet.view.json.JacksonJsonView();
            json.setModelKeys(java.util.Set.of("status", "error", "message", "fields"));
            ModelAndView answer = new ModelAndView(json);
            answer.setStatus(status);
            answer.addObject("status", status.value());
            answer.addObject("error", ApiError.codeOf(status.value()));
            answer.addObject("message", message);
            answer.addObject("fields", field == null ? java.util.Map.of() : java.util.Map.of(field, message));
            return answer;
        }
        String back = sameOriginReferer(request);
        if (status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN || back == null
                || "GET".equals(request.getMethod())) {
            ModelAndView page = new ModelAndView("error/" + (status == HttpStatus.NOT_FOUND ? "404"
                    : status == HttpStatus.FORBIDDEN ? "403" : "refused"));
            page.setStatus(status);
            page.addObject("message", message);
            return page;
        }
        redirect.addFlashAttribute("errorMessage", message);
        if (field != null) {
            redirect.addFlashAttribute("errorField", field);
        }
        keepTyped(request, redirect);
        return new ModelAndView("redirect:" + back);
    }

    /** Only a path on this site, so a forged Referer cannot send the user elsewhere. */
    private static String sameOriginReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
