package dev.synthesis.app.tenancy;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

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
