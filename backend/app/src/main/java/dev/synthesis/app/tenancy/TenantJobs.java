package dev.synthesis.app.tenancy;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Jobs have no token, so they carry their tenant as a job parameter; this listener restores it on
 * the step's thread before the step's first transaction begins, and clears it afterwards.
 */
public final class TenantJobs implements StepExecutionListener {

    public static final String PARAMETER = "tenant";

    /** Adds the current tenant to a job's parameters. */
    public static JobParametersBuilder withCurrentTenant(JobParametersBuilder parameters) {
        return parameters.addString(PARAMETER, TenantContext.require().value());
    }

    /** The tenant a job runs for, from its parameters. */
    public static TenantId tenantOf(JobParameters parameters) {
        return new TenantId(parameters.getString(PARAMETER));
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
