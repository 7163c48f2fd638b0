package dev.synthesis.app.jobs;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.util.function.Consumer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/** Starts a job on a worker thread for the current tenant: the one way jobs start, first time or again. */
@Component
public class TenantJobStarter {

    private final JobOperator jobs;
    private final JobRepository repository;

    TenantJobStarter(JobOperator jobs, JobRepository repository) {
        this.jobs = jobs;
        this.repository = repository;
    }

    /** If the job cannot even start, {@code onRefused} runs as the same tenant, so the caller can record it. */
    public void startAsync(TaskExecutor executor, Job job, JobParameters parameters, Consumer<Exception> onRefused) {
        TenantId tenant = TenantContext.require();
        executor.execute(() -> {
            try {
                removeInstanceWithoutExecution(job, parameters);
                jobs.start(job, parameters);
            } catch (Exception refused) {
                TenantContext.callAs(tenant, () -> {
                    onRefused.accept(refused);
                    return null;
                });
            }
        });
    }

    /**
     * Spring Batch creates a job instance and its first execution one after the other; a process
     * killed in between leaves an instance it can neither start (it exists) nor restart (it has no
     * execution). Such an instance holds nothing, so it goes, and the job starts afresh.
     */
    private void removeInstanceWithoutExecution(Job job, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(job.getName(), parameters);
        if (instance != null && repository.getLastJobExecution(instance) == null) {
            repository.deleteJobInstance(instance);
        }
    }
}
