package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetJobId;
import dev.synthesis.app.datasetjob.DatasetJobNotFound;
import dev.synthesis.app.datasetjob.DatasetTrainingRunId;
import dev.synthesis.app.datasetjob.DatasetTrainingRunNotFound;
import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.jobs.JobLedger;
import dev.synthesis.app.quota.UsageLedger;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records dataset runs' and jobs' progress in transactions of their own, visible while their steps
 * still run. A job's end is counted against its tenant's usage in the transaction that records
 * it, and only once: a step that runs again after a crash finds that end already recorded.
 */
@Component
class DatasetLedger implements JobLedger {

    private final DatasetJobs jobs;
    private final DatasetTrainingRuns runs;
    private final DatasetRowsWritten written;
    private final UsageLedger usage;
    private final Clock clock;

    DatasetLedger(DatasetJobs jobs, DatasetTrainingRuns runs, DatasetRowsWritten written, UsageLedger usage, Clock clock) {
        this.jobs = jobs;
        this.runs = runs;
        this.written = written;
        this.usage = usage;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public DatasetTrainingRun trainingStarted(UUID id, long jobExecutionId) {
        DatasetTrainingRun run = run(id);
        run.started(jobExecutionId, clock.instant());
        return runs.save(run);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void trained(UUID id, String modelKey) {
        DatasetTrainingRun run = run(id);
        run.completed(modelKey, clock.instant());
        runs.save(run);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void trainingFailed(UUID id, String reason) {
        DatasetTrainingRun run = run(id);
        run.failed(reason, clock.instant());
        runs.save(run);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public DatasetJob started(UUID id, long jobExecutionId) {
        DatasetJob job = find(id);
        job.started(jobExecutionId, clock.instant());
        return jobs.save(job);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void scored(UUID id, String reportJson) {
        DatasetJob job = find(id);
        job.scored(reportJson);
        jobs.save(job);
    }

    /** The job's output, {@code outputBytes} in the object store, counts towards its tenant's storage. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public DatasetJob completed(UUID id, long outputBytes) {
        DatasetJob job = find(id);
        if (job.status() != GenerationStatus.COMPLETED) {
            usage.stored(outputBytes);
        }
        job.completed(outputBytes, clock.instant());
        return jobs.save(job);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void cancelled(UUID id) {
        DatasetJob job = find(id);
        outputDiscarded(job);
        job.cancelled(clock.instant());
        jobs.save(job);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(UUID id, String reason) {
        DatasetJob job = find(id);
        outputDiscarded(job);
        job.failed(reason, clock.instant());
        jobs.save(job);
    }

    /** As for single-table jobs: charged for the rows generated only, and no stored bytes kept. */
    private void outputDiscarded(DatasetJob job) {
        if (job.status() == GenerationStatus.CANCELLED || job.status() == GenerationStatus.FAILED) {
            return;
        }
        usage.giveBack(job.createdAt(), job.rowCount() - written.of(job), 0);
        if (job.outputBytes() != null) {
            usage.releaseStorage(job.outputBytes());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isQueued(UUID id) {
        return find(id).status() == GenerationStatus.QUEUED;
    }

    @Transactional(readOnly = true)
    public DatasetJob find(UUID id) {
        return jobs.findById(id).orElseThrow(() -> new DatasetJobNotFound(new DatasetJobId(id)));
    }

    @Transactional(readOnly = true)
    public DatasetTrainingRun run(UUID id) {
        return runs.findById(id).orElseThrow(() -> new DatasetTrainingRunNotFound(new DatasetTrainingRunId(id)));
    }
}
