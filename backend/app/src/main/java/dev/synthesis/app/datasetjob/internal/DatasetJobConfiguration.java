package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.FairWork;
import dev.synthesis.app.jobs.JobKind;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.jobs.StopCheck;
import dev.synthesis.app.jobs.recovery.JobHeartbeats;
import dev.synthesis.app.jobs.recovery.RecoverableJob;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.LinkedHashMap;
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
 * The two dataset jobs, on the same plumbing as single-table jobs (fair worker threads, heartbeats,
 * recovery, cancellation). Training is one task. Generation is one partition per part of the plan
 * (a range of root rows with all their descendants, every table of it), then the evaluation
 * against the seeds, then the step that marks the job complete.
 */
@Configuration(proxyBeanMethods = false)
class DatasetJobConfiguration {

    static final JobKind TRAINING = new JobKind("datasetRun", "The run");
    static final JobKind GENERATION = new JobKind("datasetJob", "The job");
    static final String PART = "part";
    /** The worker step; each part's step execution is named {@code datasetPart:part-NNNNN}. */
    static final String PART_STEP = "datasetPart";

    @Bean
    Job datasetTrainingJob(JobRepository repository, Step trainDataset, JobHeartbeats heartbeats) {
        return new JobBuilder("datasetTraining", repository).listener(heartbeats).start(trainDataset).build();
    }

    @Bean
    Step trainDataset(FairWork fair, JobRepository repository, PlatformTransactionManager transactions,
            DatasetTrainingTasklet tasklet) {
        return fair.once("trainDataset", TenantJobs.taskletStep("trainDatasetModel", repository, tasklet, transactions),
                StopCheck.NEVER);
    }

    @Bean
    Job datasetGenerationJob(JobRepository repository, Step generateDatasetParts, Step evaluateDataset, Step completeDataset,
            DatasetLifecycle lifecycle, JobHeartbeats heartbeats) {
        return new JobBuilder("datasetGeneration", repository)
                .listener(heartbeats)
                .listener(lifecycle)
                .start(generateDatasetParts)
                .next(evaluateDataset)
                .next(completeDataset)
                .build();
    }

    @Bean
    Step generateDatasetParts(FairWork fair, Step datasetPart, Partitioner datasetParts, DatasetCancellations cancellations) {
        return fair.partitioned("generateDataset", datasetPart, datasetParts, cancellations);
    }

    /** One partition per part of the plan; the plan itself is on the job's row. */
    @Bean
    @StepScope
    Partitioner datasetParts(@Value("#{jobParameters['" + JobKind.PARTITIONS + "']}") Long partitions) {
        return gridSize -> {
            Map<String, ExecutionContext> parts = new LinkedHashMap<>();
            for (int part = 0; part < partitions; part++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(PART, part);
                parts.put("part-%05d".formatted(part), context);
            }
            return parts;
        };
    }

    @Bean
    Step datasetPart(JobRepository repository, PlatformTransactionManager transactions, DatasetPartTasklet tasklet) {
        return TenantJobs.taskletStep(PART_STEP, repository, tasklet, transactions);
    }

    @Bean
    Step evaluateDataset(FairWork fair, JobRepository repository, PlatformTransactionManager transactions,
            DatasetEvaluationTasklet tasklet, DatasetCancellations cancellations) {
        return fair.once("evaluateDataset", TenantJobs.taskletStep("scoreDataset", repository, tasklet, transactions),
                cancellations);
    }

    @Bean
    Step completeDataset(JobRepository repository, PlatformTransactionManager transactions, DatasetCompletionTasklet tasklet) {
        return TenantJobs.taskletStep("completeDataset", repository, tasklet, transactions);
    }

    @Bean
    RecoverableJob recoverableDatasetTraining(@Qualifier("datasetTrainingJob") Job job, JobRunner runner,
            DatasetJobLauncher launcher) {
        return runner.recoverable(job, TRAINING, launcher.trainingRuns(), launcher::launchTraining);
    }

    /** As for single-table jobs: finished parts are skipped, the others rerun and overwrite their objects. */
    @Bean
    RecoverableJob recoverableDatasetGeneration(@Qualifier("datasetGenerationJob") Job job, JobRunner runner, DatasetLedger ledger,
            DatasetJobLauncher launcher) {
        return runner.recoverable(job, GENERATION, ledger, id -> launcher.launch(ledger.find(id)));
    }
}
