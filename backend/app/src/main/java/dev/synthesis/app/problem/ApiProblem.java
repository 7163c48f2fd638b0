package dev.synthesis.app.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/**
 * A failure a feature wants the client to see. Features extend it with domain names
 * ({@code SchemaNotFound}, {@code QuotaExceeded}); the handler turns it into problem details.
 */
public abstract class ApiProblem extends RuntimeException {

    private final ProblemType type;

    protected ApiProblem(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** Field-level errors, each {@code {"path": ..., "message": ...}}; empty when the problem is not about fields. */
    public List<Map<String, String>> errors() {
        return List.of();
    }

    /** Further members of the problem detail, e.g. which limit was hit; a null value is sent as null. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Response headers that belong with the problem, e.g. {@code Retry-After}. */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = problemDetail(type, getMessage(), errors());
        properties().forEach(problem::setProperty);
        return problem;
    }

    static ProblemDetail problemDetail(ProblemType type, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
