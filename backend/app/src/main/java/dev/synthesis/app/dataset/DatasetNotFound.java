package dev.synthesis.app.dataset;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.UUID;

/** The dataset does not exist for this tenant (another tenant's dataset is reported the same way). */
public class DatasetNotFound extends ApiProblem {

    public DatasetNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "dataset " + id + " does not exist");
    }
}
