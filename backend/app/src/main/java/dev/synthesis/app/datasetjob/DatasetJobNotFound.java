package dev.synthesis.app.datasetjob;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** No such dataset job for this tenant. */
public class DatasetJobNotFound extends ApiProblem {

    public DatasetJobNotFound(DatasetJobId id) {
        super(ProblemType.NOT_FOUND, "dataset job " + id + " does not exist");
    }
}
