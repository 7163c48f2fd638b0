package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.jobs.PartitionSteps;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rows a job has written so far: whole partitions only (see {@link PartitionSteps}); rows of a
 * partition still running are not included.
 */
@Component
public class WrittenRows {

    private final PartitionSteps steps;

    WrittenRows(PartitionSteps steps) {
        this.steps = steps;
    }

    public long of(GenerationRun run) {
        if (run.status() == GenerationStatus.COMPLETED) {
            return run.rowCount();
        }
        if (run.jobExecutionId() == null) {
            return 0;
        }
        return Math.min(steps.completedWrites(run.jobExecutionId(), GenerationJobConfiguration.PART_STEP), run.rowCount());
    }

    /**
     * The parts that may have an object: those whose partition started, in any execution of the
     * job. A partition dropped before it ran, or never reached, wrote nothing.
     */
    public List<Integer> partsStarted(GenerationRun run) {
        if (run.jobExecutionId() == null) {
            return List.of();
        }
        return steps.started(run.jobExecutionId(), GenerationJobConfiguration.PART_STEP);
    }
}
