package dev.synthesis.app.schema;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import dev.synthesis.engine.schema.SchemaViolation;
import java.util.List;
import java.util.Map;

/** The schema breaks rules; every violation is listed with the path of the offending value. */
public class InvalidSchema extends ApiProblem {

    private final List<SchemaViolation> violations;

    public InvalidSchema(List<SchemaViolation> violations) {
        this(ProblemType.INVALID_SCHEMA, violations);
    }

    /** For definitions made of schemas (datasets), which list their violations the same way under a type of their own. */
    protected InvalidSchema(ProblemType type, List<SchemaViolation> violations) {
        super(type, summary(violations));
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<Map<String, String>> errors() {
        return violations.stream().map(v -> Map.of("path", v.path(), "message", v.message())).toList();
    }

    private static String summary(List<SchemaViolation> violations) {
        String first = violations.getFirst().toString();
        return violations.size() == 1 ? first : first + " (and " + (violations.size() - 1) + " more, see errors)";
    }
}
