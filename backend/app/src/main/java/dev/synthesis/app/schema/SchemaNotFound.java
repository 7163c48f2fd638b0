package dev.synthesis.app.schema;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The schema does not exist for this tenant (another tenant's schema is reported the same way). */
public class SchemaNotFound extends ApiProblem {

    public SchemaNotFound(SchemaId id) {
        super(ProblemType.NOT_FOUND, "schema " + id + " does not exist");
    }

    public SchemaNotFound(SchemaId id, int version) {
        super(ProblemType.NOT_FOUND, "schema " + id + " has no version " + version);
    }
}
