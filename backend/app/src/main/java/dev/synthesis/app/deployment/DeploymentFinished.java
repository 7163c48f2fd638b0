package dev.synthesis.app.deployment;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.UUID;

/** Every batch of the deployment has been produced. */
public class DeploymentFinished extends ApiProblem {

    public DeploymentFinished(UUID id, int days) {
        super(ProblemType.CONFLICT, "deployment " + id + " has produced all of its " + days + " daily batches");
    }
}
