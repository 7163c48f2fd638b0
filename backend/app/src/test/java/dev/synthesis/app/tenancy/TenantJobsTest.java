package dev.synthesis.app.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.dao.CannotAcquireLockException;

/** Starting a job retries the serialization conflicts PostgreSQL reports between concurrent starts. */
class TenantJobsTest {

    private static final CannotAcquireLockException CONFLICT =
            new CannotAcquireLockException("could not serialize access due to read/write dependencies among transactions");

    private final JobOperator jobs = mock(JobOperator.class);
    private final Job job = mock(Job.class);
    private final List<Exception> refusals = new ArrayList<>();

    @Test
    void aStartThatConflictsIsRetried() throws Exception {
        when(jobs.start(any(Job.class), any(JobParameters.class)))
                .thenThrow(CONFLICT).thenThrow(CONFLICT).thenReturn(mock(JobExecution.class));

        startAsAcme();

        verify(jobs, times(3)).start(any(Job.class), any(JobParameters.class));
        assertThat(refusals).isEmpty();
    }

    @Test
    void aStartThatKeepsConflictingIsRefusedAsTheTenant() throws Exception {
        when(jobs.start(any(Job.class), any(JobParameters.class))).thenThrow(CONFLICT);

        startAsAcme();

        verify(jobs, times(4)).start(any(Job.class), any(JobParameters.class));
        assertThat(refusals).containsExactly(CONFLICT);
    }

    private void startAsAcme() {
        TenantContext.callAs(new TenantId("acme"), () -> {
            TenantJobs.startAsync(jobs, new SyncTaskExecutor(), job, new JobParameters(), refused -> {
                assertThat(TenantContext.require().value()).isEqualTo("acme");
                refusals.add(refused);
            });
            return null;
        });
    }
}
