package dev.synthesis.app.seed;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The seed cannot be deleted: training runs refer to it, and their results must stay traceable. */
public class SeedInUse extends ApiProblem {

    public SeedInUse(SeedId id) {
        super(ProblemType.CONFLICT, "seed " + id + " was used for training; runs that used it keep referring to it");
    }
}
