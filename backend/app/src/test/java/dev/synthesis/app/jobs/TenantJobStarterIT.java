package dev.synthesis.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Waits;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** Starting jobs on the real job repository, with a job that does nothing but note its tenant. */
class TenantJobStarterIT extends IntegrationTest {

    @Autowired
    private TenantJobStarter starter;
    @Autowired
    private JobRepository repository;
    @Autowired
    private PlatformTransactionManager transactions;

    private final List<String> tenantsThatRan = new CopyOnWriteArrayList<>();
    private final List<String> refusedAs = new CopyOnWriteArrayList<>();

    @Test
    void aJobInstanceLeftWithoutAnExecutionByAKilledProcessStillStarts() {
        JobParameters parameters = uniqueParameters();
        repository.createJobInstance(job().getName(), parameters);

        startAsAcme(parameters);

        assertThat(refusedAs).isEmpty();
        assertThat(awaitEnd(parameters).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(tenantsThatRan).containsExactly("acme");
    }

    @Test
    void aJobThatCannotStartIsReportedAsTheTenantThatStartedIt() {
        JobParameters parameters = uniqueParameters();
        startAsAcme(parameters);
        awaitEnd(parameters);

        startAsAcme(parameters);

        assertThat(refusedAs).as("a completed instance cannot start again").containsExactly("acme");
    }

    private void startAsAcme(JobParameters parameters) {
        TenantContext.callAs(new TenantId("acme"), () -> {
            starter.startAsync(new SyncTaskExecutor(), job(), parameters,
                    refused -> refusedAs.add(TenantContext.require().value()));
            return null;
        });
    }

    private JobExecution awaitEnd(JobParameters parameters) {
        return Waits.until("the job to end", () -> repository.getLastJobExecution(job().getName(), parameters),
                execution -> execution != null && !execution.isRunning());
    }

    private Job job() {
        return new JobBuilder("tenant-job-starter-test", repository)
                .start(new StepBuilder("note-the-tenant", repository).tasklet((contribution, chunk) -> {
                    tenantsThatRan.add(chunk.getStepContext().getJobParameters().get(TenantJobs.PARAMETER).toString());
                    return RepeatStatus.FINISHED;
                }, transactions).build())
                .build();
    }

    private static JobParameters uniqueParameters() {
        return new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).addString(TenantJobs.PARAMETER, "acme")
                .toJobParameters();
    }
}
