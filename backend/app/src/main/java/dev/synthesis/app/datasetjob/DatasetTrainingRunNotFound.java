package dev.synthesis.app.datasetjob;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.UUID;

/** No such dataset training run for this tenant, or none yet for a dataset. */
public class DatasetTrainingRunNotFound extends ApiProblem {

    public DatasetTrainingRunNotFound(DatasetTrainingRunId id) {
        super(ProblemType.NOT_FOUND, "dataset training run " + id + " does not exist");
    }

    private DatasetTrainingRunNotFound(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }

    public static DatasetTrainingRunNotFound none(UUID datasetId) {
        return new DatasetTrainingRunNotFound("dataset " + datasetId + " has not been trained yet");
    }
}
