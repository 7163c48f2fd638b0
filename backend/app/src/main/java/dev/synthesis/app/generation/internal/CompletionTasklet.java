package dev.synthesis.app.generation.internal;

import dev.synthesis.app.progress.JobProgress;
import dev.synthesis.app.storage.ObjectStorage;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The job's last step: every partition is written, so the job is complete, with its scores. */
@Component
class CompletionTasklet implements Tasklet {

    private final GenerationLedger ledger;
    private final GenerationViews views;
    private final JobProgress progress;
    private final ObjectStorage storage;

    CompletionTasklet(GenerationLedger ledger, GenerationViews views, JobProgress progress, ObjectStorage storage) {
        this.ledger = ledger;
        this.views = views;
        this.progress = progress;
        this.storage = storage;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        UUID id = UUID.fromString(chunk.getStepContext().getStepExecution().getJobParameters().getString(PartTasklet.JOB_PARAMETER));
        progress.publish(views.of(ledger.completed(id, outputBytes(ledger.find(id)))).asProgress());
        return RepeatStatus.FINISHED;
    }

    /** What the job keeps in the object store: its parts and, when it was scored, its report. */
    private long outputBytes(GenerationRun run) {
        long bytes = run.reportKey() == null ? 0 : storage.size(OutputParts.report(run));
        for (int part = 0; part < run.partitions(); part++) {
            bytes += storage.size(OutputParts.part(run, part));
        }
        return bytes;
    }
}
