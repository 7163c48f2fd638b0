package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.jobs.FairWork;
import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.recovery.JobHeartbeats;
import dev.synthesis.app.recovery.JobQueue;
import dev.synthesis.app.recovery.RecoverableJob;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
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

    static final String ROWS = "rows";
    static final String PARTITIONS = "partitions";
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
            GenerationLedger ledger, GenerationJobLauncher launcher, JobQueue queue) {
        return new RecoverableJob(generationJob, runner.threads(),
                (parameters, refused) -> ledger.failed(jobId(parameters),
                        JobErrors.describe("The job could not resume after its instance stopped", jobId(parameters), refused)),
                id -> {
                    GenerationRun run = ledger.find(id);
                    if (run.status() == GenerationStatus.QUEUED) {
                        launcher.launch(run);
                    } else {
                        queue.dropped(id);
                    }
                });
    }

    @Bean
    Step generateParts(FairWork fair, Step generatePart, Partitioner rowRanges, Cancellations cancellations) {
        return fair.distributed("generate", generatePart, rowRanges, cancellations);
    }

    @Bean
    @StepScope
    Partitioner rowRanges(@Value("#{jobParameters['rows']}") Long rows, @Value("#{jobParameters['partitions']}") Long partitions) {
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
    Partitioner scoring(@Value("#{jobParameters['scored']}") String scored) {
        return gridSize -> "false".equals(scored) ? Map.of() : Map.of("score", new ExecutionContext());
    }

    @Bean
    Step completeJob(JobRepository repository, PlatformTransactionManager transactions, CompletionTasklet tasklet) {
        return TenantJobs.taskletStep("complete", repository, tasklet, transactions);
    }

    /** The generation job's id, from its execution's parameters. */
    static UUID jobId(JobParameters parameters) {
        return UUID.fromString(parameters.getString(PartTasklet.JOB_PARAMETER));
    }
}
