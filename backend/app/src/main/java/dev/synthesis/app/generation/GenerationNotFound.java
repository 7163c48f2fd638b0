package dev.synthesis.app.generation;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** No such generation job for this tenant. */
public class GenerationNotFound extends ApiProblem {

    public GenerationNotFound(GenerationJobId id) {
        super(ProblemType.NOT_FOUND, "generation job " + id + " does not exist");
    }
}
