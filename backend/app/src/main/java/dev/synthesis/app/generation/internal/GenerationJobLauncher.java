package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.JobRunner;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the generation job for a queued run: its rows, partitions and whether it is scored are the job's parameters. */
@Component
public class GenerationJobLauncher {

    private final JobRunner runner;
    private final Job generationJob;
    private final GenerationLedger ledger;

    GenerationJobLauncher(JobRunner runner, @Qualifier("generationJob") Job generationJob, GenerationLedger ledger) {
        this.runner = runner;
        this.generationJob = generationJob;
        this.ledger = ledger;
    }

    public void launch(GenerationRun run) {
        runner.launch(generationJob, GenerationJobConfiguration.KIND, GenerationJobConfiguration.KIND.parameters(run.id())
                .rows(run.rowCount())
                .partitions(run.partitions())
                .flag(GenerationJobConfiguration.SCORED, run.trainingRunId() != null)
                .build(), ledger);
    }
}
