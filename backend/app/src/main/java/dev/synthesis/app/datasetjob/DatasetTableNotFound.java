package dev.synthesis.app.datasetjob;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The job's dataset has no table of that name. */
public class DatasetTableNotFound extends ApiProblem {

    public DatasetTableNotFound(DatasetJobId id, String table) {
        super(ProblemType.NOT_FOUND, "dataset job " + id + " has no table named '" + table + "'");
    }
}
