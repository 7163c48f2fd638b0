package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.progress.JobProgress;
import dev.synthesis.app.storage.ObjectStorage;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The job's last step: every part of every table is written, so the job is complete; its objects count as stored bytes. */
@Component
class DatasetCompletionTasklet implements Tasklet {

    private final DatasetLedger ledger;
    private final DatasetPlans plans;
    private final DatasetJobViews views;
    private final JobProgress progress;
    private final ObjectStorage storage;

    DatasetCompletionTasklet(DatasetLedger ledger, DatasetPlans plans, DatasetJobViews views, JobProgress progress,
            ObjectStorage storage) {
        this.ledger = ledger;
        this.plans = plans;
        this.views = views;
        this.progress = progress;
        this.storage = storage;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        UUID id = DatasetJobConfiguration.jobId(chunk.getStepContext().getStepExecution().getJobParameters());
        progress.publish(views.of(ledger.completed(id, outputBytes(ledger.find(id)))).asProgress());
        return RepeatStatus.FINISHED;
    }

    private long outputBytes(DatasetJob job) {
        int tables = plans.read(job).rowsPerTable().size();
        long bytes = 0;
        for (int table = 0; table < tables; table++) {
            for (int part = 0; part < job.partitions(); part++) {
                bytes += storage.size(DatasetOutput.part(job, table, part));
            }
        }
        return bytes;
    }
}
