package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.quota.ActiveJobs;
import dev.synthesis.app.training.TrainingStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/** Dataset training runs and generation jobs count against the tenant's jobs at once while queued or running. */
@Component
class ActiveDatasetJobs implements ActiveJobs {

    private final DatasetJobs jobs;
    private final DatasetTrainingRuns runs;

    ActiveDatasetJobs(DatasetJobs jobs, DatasetTrainingRuns runs) {
        this.jobs = jobs;
        this.runs = runs;
    }

    @Override
    public long queuedOrRunning() {
        return jobs.countByStatusIn(List.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING))
                + runs.countByStatusIn(List.of(TrainingStatus.QUEUED, TrainingStatus.RUNNING));
    }
}
