package dev.synthesis.app.jobs.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jms.core.JmsTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manager's side of remote partitioning: sends a partition to the broker, then waits for its
 * result on this instance's own reply queue. The job repository, which the workers share, has the
 * last word: the execution is read back from it, and a partition whose result message was lost
 * (its worker died between committing the partition and answering) is seen finished there within
 * {@link #RECHECK_SECONDS}. A worker that dies mid-partition leaves it running in the repository
 * while the broker redelivers it to another worker, so the wait simply goes on.
 */
final class RemotePartitions implements PartitionRunner {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitions.class);
    private static final long RECHECK_SECONDS = 10;

    private final JmsTemplate broker;
    private final JsonMapper json;
    private final JobRepository repository;
    private final String replyQueue = "synthesis.partition-results." + UUID.randomUUID();
    private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    RemotePartitions(JmsTemplate broker, JsonMapper json, JobRepository repository) {
        this.broker = broker;
        this.json = json;
        this.repository = repository;
    }

    /** This instance's reply queue, which the broker creates on first use and drops once unused. */
    String replyQueue() {
        return replyQueue;
    }

    @Override
    public StepExecution run(Step worker, StepExecution partition) throws Exception {
        long id = partition.getId();
        CompletableFuture<Void> replied = new CompletableFuture<>();
        waiting.put(id, replied);
        try {
            String request = json.writeValueAsString(new PartitionMessages.Request(worker.getName(), id, replyQueue));
            broker.convertAndSend(PartitionMessages.REQUESTS, request);
            return awaitEnd(replied, partition);
        } finally {
            waiting.remove(id);
        }
    }

    private StepExecution awaitEnd(CompletableFuture<Void> replied, StepExecution partition) throws Exception {
        while (true) {
            try {
                replied.get(RECHECK_SECONDS, TimeUnit.SECONDS);
                return stored(partition);
            } catch (TimeoutException noResultYet) {
                StepExecution stored = stored(partition);
                if (!stored.getStatus().isRunning()) {
                    log.info("Partition {} ended without a result message; taking its end from the job repository",
                            stored.getStepName());
                    return stored;
                }
            }
        }
    }

    private StepExecution stored(StepExecution partition) {
        StepExecution stored = repository.getStepExecution(partition.getId());
        if (stored == null) {
            throw new IllegalStateException("partition " + partition.getStepName() + " is gone from the job repository");
        }
        return stored;
    }

    /** A worker's result; one for a partition this instance no longer waits for (a redelivery's second answer) is ignored. */
    void resultArrived(String message) {
        PartitionMessages.Result result = json.readValue(message, PartitionMessages.Result.class);
        CompletableFuture<Void> replied = waiting.get(result.stepExecutionId());
        if (replied != null) {
            replied.complete(null);
        }
    }
}
