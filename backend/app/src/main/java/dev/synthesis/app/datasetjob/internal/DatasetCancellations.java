package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.CancelRequests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Dataset jobs asked to stop, on their rows in {@code dataset_jobs} (see {@link CancelRequests}). */
@Component
class DatasetCancellations extends CancelRequests {

    DatasetCancellations(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        super(jdbc, transactions, "dataset_jobs", DatasetJobConfiguration.GENERATION);
    }
}
