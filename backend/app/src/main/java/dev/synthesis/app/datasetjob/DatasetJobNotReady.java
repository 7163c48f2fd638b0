package dev.synthesis.app.datasetjob;

import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The job is not in a state for this: its output exists only once COMPLETED, and a finished job cannot be cancelled. */
public class DatasetJobNotReady extends ApiProblem {

    public DatasetJobNotReady(DatasetJobId id, GenerationStatus status) {
        super(ProblemType.CONFLICT, "dataset job " + id + " is " + status
                + (status.finished() ? "; it can no longer change" : "; its output exists once it is COMPLETED"));
    }
}
