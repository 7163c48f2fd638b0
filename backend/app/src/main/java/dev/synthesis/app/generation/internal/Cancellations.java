package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.CancelRequests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Generation jobs asked to stop, on their rows in {@code generation_jobs} (see {@link CancelRequests}). */
@Component
public class Cancellations extends CancelRequests {

    Cancellations(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        super(jdbc, transactions, "generation_jobs", GenerationJobConfiguration.KIND);
    }
}
