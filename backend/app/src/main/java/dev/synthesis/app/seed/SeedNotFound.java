package dev.synthesis.app.seed;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** No such seed for this tenant. */
public class SeedNotFound extends ApiProblem {

    public SeedNotFound(SeedId id) {
        super(ProblemType.NOT_FOUND, "seed " + id + " does not exist");
    }
}
