package dev.synthesis.app.training.internal;

import dev.synthesis.app.jobs.JobRunner;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the training job for a run. */
@Component
public class TrainingJobLauncher {

    private final JobRunner runner;
    private final Job trainingJob;
    private final TrainingLedger ledger;

    TrainingJobLauncher(JobRunner runner, @Qualifier("trainingJob") Job trainingJob, TrainingLedger ledger) {
        this.runner = runner;
        this.trainingJob = trainingJob;
        this.ledger = ledger;
    }

    public void launch(UUID runId) {
        runner.launch(trainingJob, TrainingJobConfiguration.KIND, TrainingJobConfiguration.KIND.parameters(runId).build(), ledger);
    }
}
