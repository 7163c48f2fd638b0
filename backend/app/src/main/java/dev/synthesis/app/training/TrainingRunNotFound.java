package dev.synthesis.app.training;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** No such training run for this tenant. */
public class TrainingRunNotFound extends ApiProblem {

    public TrainingRunNotFound(TrainingRunId id) {
        super(ProblemType.NOT_FOUND, "training run " + id + " does not exist");
    }
}
