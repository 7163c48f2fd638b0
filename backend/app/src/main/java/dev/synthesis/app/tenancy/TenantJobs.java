package dev.synthesis.app.tenancy;

import java.util.function.Consumer;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Jobs have no token, so they carry their tenant as a job parameter; this listener restores it on
 * the step's thread before the step's first transaction begins, and clears it afterwards.
 */
public final class TenantJobs implements StepExecutionListener {

    public static final String PARAMETER = "tenant";

    private static final int START_ATTEMPTS = 4;

    /** Adds the current tenant to a job's parameters. */
    public static JobParametersBuilder withCurrentTenant(JobParametersBuilder parameters) {
        return parameters.addString(PARAMETER, TenantContext.require().value());
    }

    /**
     * Starts a job on a worker thread for the current tenant; if the job cannot even start,
     * {@code onRefused} runs as that same tenant, so the caller can record the failure.
     */
    public static void startAsync(JobOperator jobs, TaskExecutor executor, Job job, JobParameters parameters,
            Consumer<Exception> onRefused) {
        TenantId tenant = TenantContext.require();
        executor.execute(() -> {
            try {
                startRetryingConflicts(jobs, job, parameters);
            } catch (Exception refused) {
                TenantContext.callAs(tenant, () -> {
                    onRefused.accept(refused);
                    return null;
                });
            }
        });
    }

    /**
     * Spring Batch creates executions in SERIALIZABLE transactions, so two jobs starting at the same
     * moment (e.g. two resumed by a survivor) can conflict; PostgreSQL says the loser may retry.
     */
    private static void startRetryingConflicts(JobOperator jobs, Job job, JobParameters parameters) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                jobs.start(job, parameters);
                return;
            } catch (ConcurrencyFailureException conflict) {
                if (attempt == START_ATTEMPTS) {
                    throw conflict;
                }
                Thread.sleep(100L * attempt);
            }
        }
    }

    /** A step that runs one tasklet, in the step's transaction, as the job's tenant. */
    public static Step taskletStep(String name, JobRepository repository, Tasklet tasklet,
            PlatformTransactionManager transactions) {
        return new StepBuilder(name, repository).tasklet(tasklet, transactions).listener(new TenantJobs()).build();
    }

    @Override
    public void beforeStep(StepExecution step) {
        String tenant = step.getJobParameters().getString(PARAMETER);
        if (tenant == null) {
            throw new MissingTenant();
        }
        TenantContext.bind(new TenantId(tenant));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        TenantContext.unbind();
        return null;
    }
}
