package dev.synthesis.app.schema;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.time.Instant;
import org.springframework.http.ProblemDetail;

/**
 * The client edited an older version than the current one: its change would overwrite someone else's.
 * The problem names the current version, who saved it and when, so a client can say who changed what.
 */
public class SchemaVersionMismatch extends ApiProblem {

    private final int currentVersion;
    private final String updatedBy;
    private final Instant updatedAt;

    public SchemaVersionMismatch(int expected, int currentVersion, String updatedBy, Instant updatedAt) {
        super(ProblemType.VERSION_MISMATCH, "the schema is at version " + currentVersion + " (saved by " + updatedBy + " at "
                + updatedAt + ") but the request was based on version " + expected + "; reload it and apply your change again");
        this.currentVersion = currentVersion;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    @Override
    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = super.toProblemDetail();
        problem.setProperty("currentVersion", currentVersion);
        problem.setProperty("updatedBy", updatedBy);
        problem.setProperty("updatedAt", updatedAt);
        return problem;
    }
}
