package dev.synthesis.app.schema;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** Another live schema of the tenant already has this name. */
public class SchemaNameTaken extends ApiProblem {

    public SchemaNameTaken(String name) {
        super(ProblemType.CONFLICT, "a schema named '" + name + "' already exists");
    }
}
