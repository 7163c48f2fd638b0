package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.storage.ObjectStorage;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The job's last step: every part of every table is written, so the job gets its signed manifest
 * and is complete; its objects count as stored bytes. The manifest is stored first, so a completed
 * job always has one; a manifest that cannot be built or signed fails the job.
 */
@Component
class DatasetCompletionTasklet implements Tasklet {

    private final DatasetLedger ledger;
    private final DatasetPlans plans;
    private final DatasetJobViews views;
    private final JobProgress progress;
    private final ObjectStorage storage;
    private final DatasetManifestWriter manifests;

    DatasetCompletionTasklet(DatasetLedger ledger, DatasetPlans plans, DatasetJobViews views, JobProgress progress,
            ObjectStorage storage, DatasetManifestWriter manifests) {
        this.ledger = ledger;
        this.plans = plans;
        this.views = views;
        this.progress = progress;
        this.storage = storage;
        this.manifests = manifests;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        UUID id = DatasetJobConfiguration.GENERATION.idOf(chunk);
        DatasetJob job = ledger.find(id);
        long manifestBytes = manifests.write(job);
        progress.publish(views.of(ledger.completed(id, outputBytes(job) + manifestBytes)).asProgress());
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
