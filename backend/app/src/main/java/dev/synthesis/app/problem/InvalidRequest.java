package dev.synthesis.app.problem;

import java.util.List;
import java.util.Map;

/**
 * A request the API cannot act on, for reasons Bean Validation cannot declare (a sort key, an
 * If-Match, a combination of settings). Given a path, the error is also listed under {@code errors},
 * where a form shows it at its input.
 */
public class InvalidRequest extends ApiProblem {

    private final List<Map<String, String>> errors;

    /** A problem with the request as a whole. */
    public InvalidRequest(String detail) {
        super(ProblemType.INVALID_REQUEST, detail);
        this.errors = List.of();
    }

    /** A problem with one value, e.g. {@code ("gzip", "xlsx files are already compressed; send gzip=false")}. */
    public InvalidRequest(String path, String message) {
        super(ProblemType.INVALID_REQUEST, path + ": " + message);
        this.errors = List.of(Map.of("path", path, "message", message));
    }

    @Override
    public List<Map<String, String>> errors() {
        return errors;
    }
}
