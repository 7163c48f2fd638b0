package dev.synthesis.app.admin;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.UUID;

/** Training has no way to stop a run part-way: a run always ends on its own. */
public class TrainingNotCancellable extends ApiProblem {

    TrainingNotCancellable(UUID id) {
        super(ProblemType.CONFLICT, "job " + id + " is a training run; training runs cannot be cancelled, they end on their own");
    }
}
