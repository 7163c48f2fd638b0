package dev.synthesis.app.jobs.internal;

import org.springframework.batch.core.BatchStatus;

/**
 * What travels over the broker, as JSON text: the request names the worker step and the
 * partition's step execution (everything else is in the shared job repository, as Spring Batch's
 * {@code StepExecutionRequest} does), and the queue where its manager waits for the result.
 */
final class PartitionMessages {

    /** Where every instance sends partitions and every worker takes them from. */
    static final String REQUESTS = "synthesis.partitions";

    private PartitionMessages() {}

    record Request(String stepName, long stepExecutionId, String replyTo) {}

    record Result(long stepExecutionId, BatchStatus status) {}
}
