package dev.synthesis.app.training.internal;

import dev.synthesis.app.quota.ActiveJobs;
import dev.synthesis.app.training.TrainingStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/** Training runs count against the tenant's jobs at once while queued or running. */
@Component
class ActiveTrainingRuns implements ActiveJobs {

    private final TrainingRuns runs;

    ActiveTrainingRuns(TrainingRuns runs) {
        this.runs = runs;
    }

    @Override
    public long queuedOrRunning() {
        return runs.countByStatusIn(List.of(TrainingStatus.QUEUED, TrainingStatus.RUNNING));
    }
}
