package dev.synthesis.app.generation;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The job has not finished, so its output or report does not exist yet. */
public class GenerationNotReady extends ApiProblem {

    public GenerationNotReady(GenerationJobId id, GenerationStatus status) {
        super(ProblemType.CONFLICT, "generation job " + id + " is " + status + "; its output exists once it is COMPLETED");
    }
}
