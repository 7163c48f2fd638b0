package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.CancelRequests;
import dev.synthesis.app.jobs.StopCheck;
import java.util.UUID;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** Dataset jobs asked to stop, on their rows in {@code dataset_jobs} (see {@link CancelRequests}). */
@Component
class DatasetCancellations implements StopCheck {

    private final CancelRequests requests;

    DatasetCancellations(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.requests = new CancelRequests(jdbc, transactions, "dataset_jobs");
    }

    @Transactional
    public void request(UUID jobId) {
        requests.request(jobId);
    }

    boolean isRequested(UUID jobId) {
        return requests.isRequested(jobId);
    }

    void stopIfRequested(UUID jobId) {
        requests.stopIfRequested(jobId);
    }

    @Override
    public boolean requested(JobParameters parameters) {
        return isRequested(DatasetJobConfiguration.GENERATION.idOf(parameters));
    }

    void forget(UUID jobId) {
        requests.forget(jobId);
    }
}
