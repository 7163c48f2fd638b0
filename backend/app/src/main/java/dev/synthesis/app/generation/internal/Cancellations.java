package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.CancelRequests;
import dev.synthesis.app.jobs.StopCheck;
import java.util.UUID;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** Generation jobs asked to stop, on their rows in {@code generation_jobs} (see {@link CancelRequests}). */
@Component
public class Cancellations implements StopCheck {

    private final CancelRequests requests;

    Cancellations(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.requests = new CancelRequests(jdbc, transactions, "generation_jobs");
    }

    @Transactional
    public void request(UUID jobId) {
        requests.request(jobId);
    }

    public boolean isRequested(UUID jobId) {
        return requests.isRequested(jobId);
    }

    /** Ends the work in hand if its job was asked to stop. */
    void stopIfRequested(UUID jobId) {
        requests.stopIfRequested(jobId);
    }

    @Override
    public boolean requested(JobParameters parameters) {
        return isRequested(GenerationJobConfiguration.KIND.idOf(parameters));
    }

    void forget(UUID jobId) {
        requests.forget(jobId);
    }
}
