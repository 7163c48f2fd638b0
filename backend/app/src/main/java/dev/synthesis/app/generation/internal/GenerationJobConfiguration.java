package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.FairWork;
import dev.synthesis.app.jobs.JobKind;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.jobs.recovery.JobHeartbeats;
import dev.synthesis.app.jobs.recovery.RecoverableJob;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The generation job: an evaluation step (scores first, see {@link EvaluationTasklet}), a
 * partitioned step (one worker step per row range), then a step that marks the job complete. The
 * job's own thread only waits: evaluation and partitions are tasks of the instance's worker
 * threads ({@link FairWork}), shared fairly with other tenants' jobs; a cancelled job's waiting
 * partitions are dropped unrun. With remote partitioning on, the partitions go from that fair
 * queue over the broker to worker processes, which may run on other machines.
 */
@Configuration(proxyBeanMethods = false)
class GenerationJobConfiguration {

    static final JobKind KIND = new JobKind("generation", "The job");
    /** Whether the job has a model to score, {@code "true"} or {@code "false"}; jobs started before it existed are scored. */
    static final String SCORED = "scored";
    /** The worker step; each partition's step execution is named {@code generatePart:part-NNNNN}. */
    static final String PART_STEP = "generatePart";

    @Bean
    Job generationJob(JobRepository repository, Step evaluateOutput, Step generateParts, Step completeJob,
            GenerationLifecycle lifecycle, JobHeartbeats heartbeats) {
        return new JobBuilder("generation", repository)
                .listener(heartbeats)
                .listener(lifecycle)
                .start(evaluateOutput)
                .next(generateParts)
                .next(completeJob)
                .build();
    }

    /**
     * A job whose instance died resumes on the next instance to notice; Spring Batch then skips
     * the completed partitions and reruns the others from their first row, so the output never
     * loses or repeats a row.
     */
    @Bean
    RecoverableJob recoverableGeneration(@Qualifier("generationJob") Job generationJob, JobRunner runner,
            GenerationLedger ledger, GenerationJobLauncher launcher) {
        return runner.recoverable(generationJob, KIND, ledger, id -> launcher.launch(ledger.find(id)));
    }

    @Bean
    Step generateParts(FairWork fair, Step generatePart, Partitioner rowRanges, Cancellations cancellations) {
        return fair.distributed("generate", generatePart, rowRanges, cancellations);
    }

    @Bean
    @StepScope
    Partitioner rowRanges(@Value("#{jobParameters['" + JobKind.ROWS + "']}") Long rows,
            @Value("#{jobParameters['" + JobKind.PARTITIONS + "']}") Long partitions) {
        return new RowRangePartitioner(rows, partitions.intValue());
    }

    @Bean
    Step generatePart(JobRepository repository, PlatformTransactionManager transactions, PartTasklet tasklet) {
        return TenantJobs.taskletStep(PART_STEP, repository, tasklet, transactions);
    }

    @Bean
    Step evaluateOutput(FairWork fair, JobRepository repository, PlatformTransactionManager transactions, EvaluationTasklet tasklet,
            Partitioner scoring, Cancellations cancellations) {
        return fair.partitioned("evaluate", TenantJobs.taskletStep("evaluateOutput", repository, tasklet, transactions), scoring,
                cancellations);
    }

    /** One task, or none for a job from the schema alone: with nothing to score, it does not wait for a worker thread. */
    @Bean
    @StepScope
    Partitioner scoring(@Value("#{jobParameters['" + SCORED + "']}") String scored) {
        return gridSize -> "false".equals(scored) ? Map.of() : Map.of("score", new ExecutionContext());
    }

    @Bean
    Step completeJob(JobRepository repository, PlatformTransactionManager transactions, CompletionTasklet tasklet) {
        return TenantJobs.taskletStep("complete", repository, tasklet, transactions);
    }
}
