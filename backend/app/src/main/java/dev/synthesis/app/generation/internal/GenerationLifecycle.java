package dev.synthesis.app.generation.internal;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Marks a job running when its execution starts (also on restart) and failed when it ends badly. */
@Component
class GenerationLifecycle implements JobExecutionListener {

    private final GenerationLedger ledger;

    GenerationLifecycle(GenerationLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        asTenant(execution, () -> ledger.started(jobId(execution), execution.getId()));
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst()
                    .map(Throwable::getMessage).orElse("the job ended as " + execution.getStatus());
            asTenant(execution, () -> {
                ledger.failed(jobId(execution), reason);
                return null;
            });
        }
    }

    private static UUID jobId(JobExecution execution) {
        return UUID.fromString(execution.getJobParameters().getString(PartTasklet.JOB_PARAMETER));
    }

    private static <T> T asTenant(JobExecution execution, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(new TenantId(execution.getJobParameters().getString(TenantJobs.PARAMETER)), work);
    }
}
