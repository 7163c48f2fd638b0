package dev.synthesis.app.schema;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The client edited an older version than the current one: its change would overwrite someone else's. */
public class SchemaVersionMismatch extends ApiProblem {

    public SchemaVersionMismatch(int expected, int current) {
        super(ProblemType.VERSION_MISMATCH, "the schema is at version " + current + " but the request was based on version "
                + expected + "; reload it and apply your change again");
    }
}
