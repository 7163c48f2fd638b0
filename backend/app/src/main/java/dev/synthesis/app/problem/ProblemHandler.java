package dev.synthesis.app.problem;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns feature exceptions and framework errors into problem details with a stable type. A client's
 * mistake is answered in plain words and logged at most at DEBUG, never with a stack trace: only
 * {@link #handleUnexpected} logs one, for failures that are ours.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final URI BLANK = URI.create("about:blank");

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> handle(ApiProblem problem) {
        return ResponseEntity.status(problem.type().status()).headers(problem.headers()).body(problem.toProblemDetail());
    }

    /**
     * Engine checks that stand between a request and a job (e.g. differential privacy against mixing in
     * real rows) throw IllegalArgumentException with a message written for users; a library's (a
     * number that does not parse) is not, so it is not repeated.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> handle(IllegalArgumentException bad) {
        log.debug("Refused a request", bad);
        boolean ours = !(bad instanceof NumberFormatException) && bad.getMessage() != null;
        return respond(ProblemType.INVALID_REQUEST, ours ? bad.getMessage() : "the request holds a value that is not valid", List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handle(ConstraintViolationException invalid) {
        return invalid(FieldErrors.of(invalid.getConstraintViolations()));
    }

    /** Unreadable JSON says where and why in words, e.g. {@code rows: must be a whole number, got 1.5}. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return asObject(handle(problem));
            }
        }
        var json = JsonErrors.find(exception).map(JsonErrors::describe);
        if (json.isPresent()) {
            JsonErrors.JsonError error = json.get();
            List<Map<String, String>> errors = error.path().isEmpty() ? List.of() : List.of(Map.of("path", error.path(), "message", error.message()));
            return ResponseEntity.badRequest().body(ApiProblem.problemDetail(ProblemType.INVALID_REQUEST, error.detail(), errors));
        }
        // Spring's own message names the controller method ("Required request body is missing: ... preview(...)")
        String detail = String.valueOf(exception.getMessage()).startsWith("Required request body is missing")
                ? "the request needs a JSON body" : "the request body could not be read";
        return ResponseEntity.badRequest().body(ApiProblem.problemDetail(ProblemType.INVALID_REQUEST, detail, List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(invalid(FieldErrors.of(exception.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(invalid(FieldErrors.of(exception)));
    }

    /** A path or query value of the wrong kind, e.g. {@code id: 'not-a-uuid' is not a valid id (...)}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = exception.getPropertyName() != null ? exception.getPropertyName() : "value";
        String kind = exception.getRequiredType() != null ? ValueKinds.of(exception.getRequiredType()) : "valid here";
        return asObject(invalid(List.of(Map.of("path", name, "message", "'" + ValueKinds.shown(exception.getValue()) + "' is not " + kind))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(invalid(List.of(Map.of("path", exception.getParameterName(), "message", "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String part = exception.getRequestPartName();
        return asObject(respond(ProblemType.INVALID_REQUEST, "the form has no part '" + part + "': send the file as multipart form field '"
                + part + "'", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = exception.getContentType() == null ? "no Content-Type" : "Content-Type " + exception.getContentType();
        ProblemDetail problem = ApiProblem.problemDetail(ProblemType.UNSUPPORTED_MEDIA_TYPE, "a request with " + sent + " is not accepted here; send "
                + String.join(" or ", exception.getSupportedMediaTypes().stream().map(Object::toString).toList()), List.of());
        return new ResponseEntity<>(problem, headers, ProblemType.UNSUPPORTED_MEDIA_TYPE.status());
    }

    /** Spring's own version also logs a warning for every such request: a client's mistake, not the server's. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(exception, null, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long max = exception.getMaxUploadSize();
        String limit = max > 0 ? " of " + max + " bytes" : "";
        return asObject(respond(ProblemType.PAYLOAD_TOO_LARGE, "the upload is larger than the server's limit" + limit, List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception unexpected) {
        log.error("Unexpected failure", unexpected);
        return respond(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged", List.of());
    }

    /**
     * Spring's own problems (no such resource, method not allowed, ...) come without a type, or
     * with {@code about:blank}: they get ours, by status, and our title where the status is ours.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail && (detail.getType() == null || BLANK.equals(detail.getType()))) {
            ProblemType type = ProblemType.forStatus(statusCode);
            detail.setType(type.uri());
            if (type.status().value() == statusCode.value()) {
                detail.setTitle(type.title());
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors) {
        return respond(ProblemType.INVALID_REQUEST, FieldErrors.summary(errors), errors);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemType type, String detail, List<Map<String, String>> errors) {
        return ResponseEntity.status(type.status()).body(ApiProblem.problemDetail(type, detail, errors));
    }

    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
    }
}
