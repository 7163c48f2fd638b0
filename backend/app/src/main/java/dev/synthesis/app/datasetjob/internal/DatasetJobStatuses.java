package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.jobs.progress.JobStatusSource;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Dataset jobs and training runs for the job events endpoint. */
@Component
class DatasetJobStatuses implements JobStatusSource {

    private final DatasetJobs jobs;
    private final DatasetTrainingRuns runs;
    private final DatasetJobViews views;

    DatasetJobStatuses(DatasetJobs jobs, DatasetTrainingRuns runs, DatasetJobViews views) {
        this.jobs = jobs;
        this.runs = runs;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<JobProgressEvent> snapshot(UUID jobId) {
        return jobs.findById(jobId).map(job -> views.of(job).asProgress())
                .or(() -> runs.findById(jobId).map(run -> new JobProgressEvent(run.id(), run.status().name().toLowerCase(Locale.ROOT),
                        0, 0, 0, null, null, null, run.status().finished(), Instant.now())));
    }
}
