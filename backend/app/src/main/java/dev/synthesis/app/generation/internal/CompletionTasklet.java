package dev.synthesis.app.generation.internal;

import dev.synthesis.app.progress.JobProgress;
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

    CompletionTasklet(GenerationLedger ledger, GenerationViews views, JobProgress progress) {
        this.ledger = ledger;
        this.views = views;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        UUID id = UUID.fromString(chunk.getStepContext().getStepExecution().getJobParameters().getString(PartTasklet.JOB_PARAMETER));
        progress.publish(views.of(ledger.completed(id)).asProgress());
        return RepeatStatus.FINISHED;
    }
}
