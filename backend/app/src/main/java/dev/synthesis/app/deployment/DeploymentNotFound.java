package dev.synthesis.app.deployment;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.UUID;

/** No such deployment for this tenant. */
public class DeploymentNotFound extends ApiProblem {

    public DeploymentNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "deployment " + id + " does not exist");
    }
}
