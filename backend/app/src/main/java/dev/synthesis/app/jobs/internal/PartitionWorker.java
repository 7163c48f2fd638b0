package dev.synthesis.app.jobs.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's side of remote partitioning: runs the partition a request names with Spring Batch's
 * {@link StepExecutionRequestHandler}, on the message's transacted session, so a worker that dies
 * mid-partition never acknowledges it and the broker hands it to another worker. A partition
 * reruns from its first row and overwrites what the dead worker left (see the generation's
 * partition tasklet), so nothing is lost or written twice.
 * <p>
 * Requests that must not run are answered without running: a partition already completed (its
 * worker died after committing it, before acknowledging), or one whose job execution ended, e.g.
 * an execution abandoned with its manager, whose partitions the resumed execution sends anew.
 */
final class PartitionWorker {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final StepExecutionRequestHandler steps;
    private final JobRepository repository;
    private final JsonMapper json;

    PartitionWorker(StepExecutionRequestHandler steps, JobRepository repository, JsonMapper json) {
        this.steps = steps;
        this.repository = repository;
        this.json = json;
    }

    /** Runs the requested partition if it should run; answers its result as JSON text. */
    String handle(PartitionMessages.Request request, boolean redelivered) {
        StepExecution stored = repository.getStepExecution(request.stepExecutionId());
        if (stored == null) {
            log.warn("Partition request for step execution {} skipped: it is not in the job repository", request.stepExecutionId());
            return result(request.stepExecutionId(), BatchStatus.UNKNOWN);
        }
        if (!stored.getStatus().isRunning() || !stored.getJobExecution().getStatus().isRunning()) {
            log.info("Partition {} skipped: it is {} and its job execution {}", stored.getStepName(), stored.getStatus(),
                    stored.getJobExecution().getStatus());
            return result(stored.getId(), stored.getStatus());
        }
        if (redelivered) {
            log.info("Partition {} redelivered: the worker that took it stopped before finishing; running it again",
                    stored.getStepName());
        }
        StepExecution ended = steps.handle(new StepExecutionRequest(request.stepName(), request.stepExecutionId()));
        recordEscapedFailure(ended);
        return result(ended.getId(), ended.getStatus());
    }

    /**
     * The handler marks a step whose failure escaped it as failed without saving that; saved here,
     * so the manager reads the same outcome from the repository.
     */
    private void recordEscapedFailure(StepExecution ended) {
        StepExecution stored = repository.getStepExecution(ended.getId());
        if (stored != null && stored.getStatus().isRunning() && !ended.getStatus().isRunning()) {
            repository.update(ended);
        }
    }

    PartitionMessages.Request request(String message) {
        return json.readValue(message, PartitionMessages.Request.class);
    }

    private String result(long stepExecutionId, BatchStatus status) {
        return json.writeValueAsString(new PartitionMessages.Result(stepExecutionId, status));
    }
}
