package dev.synthesis.app.dataset;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** Another live dataset of the tenant already has this name. */
public class DatasetNameTaken extends ApiProblem {

    public DatasetNameTaken(String name) {
        super(ProblemType.CONFLICT, "a dataset named '" + name + "' already exists");
    }
}
