package dev.synthesis.app.problem;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns feature exceptions and framework errors into problem details with a stable type. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final URI BLANK = URI.create("about:blank");

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> handle(ApiProblem problem) {
        return ResponseEntity.status(problem.type().status()).headers(problem.headers()).body(problem.toProblemDetail());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> handle(IllegalArgumentException bad) {
        return respond(ProblemType.INVALID_REQUEST, bad.getMessage());
    }

    /** Unreadable JSON says where and why, e.g. {@code fields[0].type: unknown field type 'text2'}. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = JsonErrors.find(exception)
                .map(JsonErrors::describe)
                .orElse("the request body could not be read: " + exception.getMostSpecificCause().getMessage());
        return ResponseEntity.badRequest().body(problem(ProblemType.INVALID_REQUEST, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception unexpected) {
        log.error("Unexpected failure", unexpected);
        return respond(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged");
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

    private static ResponseEntity<ProblemDetail> respond(ProblemType type, String detail) {
        return ResponseEntity.status(type.status()).body(problem(type, detail));
    }

    static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }
}
