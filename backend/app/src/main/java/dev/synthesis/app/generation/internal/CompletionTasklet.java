package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.storage.ObjectStorage;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The job's last step: every partition is written, so the job gets its signed manifest and is
 * complete, with its scores. The manifest is stored first, so a completed job always has one; a
 * manifest that cannot be built or signed fails the job.
 */
@Component
class CompletionTasklet implements Tasklet {

    private final GenerationLedger ledger;
    private final GenerationViews views;
    private final JobProgress progress;
    private final ObjectStorage storage;
    private final ManifestWriter manifests;

    CompletionTasklet(GenerationLedger ledger, GenerationViews views, JobProgress progress, ObjectStorage storage,
            ManifestWriter manifests) {
        this.ledger = ledger;
        this.manifests = manifests;
        this.views = views;
        this.progress = progress;
        this.storage = storage;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        UUID id = GenerationJobConfiguration.KIND.idOf(chunk);
        GenerationRun run = ledger.find(id);
        long manifestBytes = manifests.write(run);
        progress.publish(views.of(ledger.completed(id, outputBytes(run) + manifestBytes)).asProgress());
        return RepeatStatus.FINISHED;
    }

    /** What the job keeps in the object store besides its manifest: its parts and, when it was scored, its report. */
    private long outputBytes(GenerationRun run) {
        long bytes = run.reportKey() == null ? 0 : storage.size(OutputParts.report(run));
        for (int part = 0; part < run.partitions(); part++) {
            bytes += storage.size(OutputParts.part(run, part));
        }
        return bytes;
    }
}
