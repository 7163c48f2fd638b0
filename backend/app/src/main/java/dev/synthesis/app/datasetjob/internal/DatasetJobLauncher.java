package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.JobLedger;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.training.TrainingStatus;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the dataset jobs for queued runs and jobs; a job's partitions are its parameter. */
@Component
class DatasetJobLauncher {

    private final JobRunner runner;
    private final Job training;
    private final Job generation;
    private final DatasetLedger ledger;
    private final JobLedger trainingRuns;

    DatasetJobLauncher(JobRunner runner, @Qualifier("datasetTrainingJob") Job training,
            @Qualifier("datasetGenerationJob") Job generation, DatasetLedger ledger) {
        this.runner = runner;
        this.training = training;
        this.generation = generation;
        this.ledger = ledger;
        // through the ledger bean, so that each call has its own transaction
        this.trainingRuns = JobLedger.of(id -> ledger.run(id).status() == TrainingStatus.QUEUED, ledger::trainingFailed);
    }

    void launchTraining(UUID runId) {
        runner.launch(training, DatasetJobConfiguration.TRAINING, DatasetJobConfiguration.TRAINING.parameters(runId).build(),
                trainingRuns);
    }

    /** The ledger's part that records training runs (the ledger itself records dataset jobs). */
    JobLedger trainingRuns() {
        return trainingRuns;
    }

    void launch(DatasetJob job) {
        runner.launch(generation, DatasetJobConfiguration.GENERATION,
                DatasetJobConfiguration.GENERATION.parameters(job.id()).partitions(job.partitions()).build(), ledger);
    }
}
