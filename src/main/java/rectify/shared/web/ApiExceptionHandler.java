package rectify.shared.web;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of an API call into the JSON error of api.md with one sentence a person understands. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(rectify.shared.BusinessException.class)
    ResponseEntity<ApiError> business(rectify.shared.BusinessException e) {
        return e.field() == null ? answer(e.status(), messages.of(e))
                : answer(e.status(), new FieldProblem(e.field(), messages.of(e)));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        FieldProblem first = FieldProblem.first(e.getBindingResult(), messages);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ApiError.of(HttpStatus.BAD_REQUEST,
                first == null ? messages.get("error.invalid") : first.message(),
                FieldProblem.invalid(e.getBindingResult(), messages)));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> malformed(Exception e) {
        FieldProblem problem = FieldProblem.malformed(e, messages);
        return problem == null ? answer(HttpStatus.BAD_REQUEST, messages.get("error.malformed"))
                : answer(HttpStatus.BAD_REQUEST, problem);
    }

    /** A text too long for its field, found when the change is saved; any other failure there is unexpected. */
    @ExceptionHandler({jakarta.validation.ConstraintViolationException.class,
            org.springframework.transaction.TransactionSystemException.class,
            org.springframework.orm.jpa.JpaSystemException.class})
    ResponseEntity<ApiError> notSaved(Exception e) {
        FieldProblem problem = FieldProblem.tooLong(e, messages);
        return problem == null ? unexpected(e) : answer(HttpStatus.BAD_REQUEST, problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> stale(OptimisticLockingFailureException e) {
        return answer(HttpStatus.CONFLICT, messages.get("error.staleVersion"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, messages.get("error.integrity"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.tooLarge"));
    }

    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
            org.apache.tomcat.util.http.InvalidParameterException.class,
            org.apache.tomcat.util.http.fileupload.InvalidFileNameException.class})
    ResponseEntity<ApiError> upload(Exception e) {
        return UploadFailures.isTooLarge(e) ? answer(HttpStatus.CONTENT_TOO_LARGE, messages.get("error.tooLarge"))
                : UploadFailures.isBadFileName(e) ? answer(HttpStatus.BAD_REQUEST, messages.get("error.fileName"))
                : answer(HttpStatus.BAD_REQUEST, messages.get("error.malformed"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.mediaType"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.method"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, messages.get("error.notFound"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected failure of an API call", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.internal"));
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, FieldProblem problem) {
        return ResponseEntity.status(status).body(ApiError.of(status, problem.message(), problem.asFields()));
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status, message));
    }
}
