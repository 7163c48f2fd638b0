package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.recovery.JobHeartbeats;
import dev.synthesis.app.recovery.JobQueue;
import dev.synthesis.app.recovery.RecoverableJob;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The generation job: an evaluation step (scores first, see {@link EvaluationTasklet}), a
 * partitioned step (one worker step per row range), then a step that marks the job complete.
 * Partitions run on local threads through a {@link PartitionHandler} bean, the one piece to swap
 * for Spring Batch remote partitioning when generation moves to several machines.
 */
@Configuration(proxyBeanMethods = false)
class GenerationJobConfiguration {

    static final String ROWS = "rows";
    static final String PARTITIONS = "partitions";
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
    RecoverableJob recoverableGeneration(@Qualifier("generationJob") Job generationJob,
            @Qualifier("generationExecutor") TaskExecutor executor, GenerationLedger ledger, GenerationJobLauncher launcher,
            JobQueue queue) {
        return new RecoverableJob(generationJob, executor,
                (parameters, refused) -> ledger.failed(UUID.fromString(parameters.getString(PartTasklet.JOB_PARAMETER)),
                        "the job could not resume after its instance stopped: " + refused.getMessage()),
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
    Step generateParts(JobRepository repository, Partitioner rowRanges, PartitionHandler generationPartitionHandler) {
        return new StepBuilder("generate", repository)
                .partitioner(PART_STEP, rowRanges)
                .partitionHandler(generationPartitionHandler)
                .build();
    }

    @Bean
    PartitionHandler generationPartitionHandler(Step generatePart,
            @Qualifier("generationPartitionExecutor") TaskExecutor executor) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(generatePart);
        handler.setTaskExecutor(executor);
        return handler;
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
    Step evaluateOutput(JobRepository repository, PlatformTransactionManager transactions, EvaluationTasklet tasklet) {
        return TenantJobs.taskletStep("evaluate", repository, tasklet, transactions);
    }

    @Bean
    Step completeJob(JobRepository repository, PlatformTransactionManager transactions, CompletionTasklet tasklet) {
        return TenantJobs.taskletStep("complete", repository, tasklet, transactions);
    }

    /** One partition per core at a time: generation is CPU-bound. */
    @Bean
    ThreadPoolTaskExecutor generationPartitionExecutor() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ThreadPoolTaskExecutorBuilder().corePoolSize(cores).maxPoolSize(cores)
                .threadNamePrefix("generation-part-").build();
    }

    /** Runs whole jobs off the request thread. */
    @Bean
    ThreadPoolTaskExecutor generationExecutor() {
        return new ThreadPoolTaskExecutorBuilder().corePoolSize(2).maxPoolSize(2).queueCapacity(100)
                .threadNamePrefix("generation-").build();
    }
}
