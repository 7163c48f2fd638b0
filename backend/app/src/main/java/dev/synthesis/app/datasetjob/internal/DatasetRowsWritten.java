package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.jobs.PartitionSteps;
import java.util.List;
import org.springframework.stereotype.Component;

/** The rows a dataset job has written so far: those of its finished parts (see {@link PartitionSteps}). */
@Component
class DatasetRowsWritten {

    private final PartitionSteps steps;

    DatasetRowsWritten(PartitionSteps steps) {
        this.steps = steps;
    }

    long of(DatasetJob job) {
        if (job.status() == GenerationStatus.COMPLETED) {
            return job.rowCount();
        }
        if (job.jobExecutionId() == null) {
            return 0;
        }
        return Math.min(steps.completedWrites(job.jobExecutionId(), DatasetJobConfiguration.PART_STEP), job.rowCount());
    }

    /** The parts that may have objects: those whose partition started. */
    List<Integer> partsStarted(DatasetJob job) {
        return job.jobExecutionId() == null ? List.of() : steps.started(job.jobExecutionId(), DatasetJobConfiguration.PART_STEP);
    }
}
