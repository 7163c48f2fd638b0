package dev.synthesis.app.schema;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The schema cannot be deleted while something else (see {@link SchemaUse}) is built on it. */
public class SchemaInUse extends ApiProblem {

    public SchemaInUse(SchemaId id, String user) {
        super(ProblemType.CONFLICT, "schema " + id + " is used by " + user + "; remove it from there first");
    }
}
