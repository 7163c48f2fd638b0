package dev.synthesis.app.jobs.progress;

import java.time.Instant;
import java.util.UUID;

/**
 * One snapshot of a job, as the dashboard shows it.
 *
 * @param jobId         the generation job or training run
 * @param phase         queued, generating, evaluating, training, completed, failed, cancelled
 * @param rowsDone      rows written so far
 * @param rowsTotal     rows asked for
 * @param rowsPerSecond mean rate since the job started
 * @param etaSeconds    expected seconds left at that rate, null when unknown
 * @param qualityScore  overall quality in [0, 1], once known
 * @param privacyScore  overall privacy in [0, 1], once known
 * @param finished      whether this is the job's last event
 */
public record JobProgressEvent(UUID jobId, String phase, long rowsDone, long rowsTotal, double rowsPerSecond,
        Long etaSeconds, Double qualityScore, Double privacyScore, boolean finished, Instant at) {

    public static JobProgressEvent phase(UUID jobId, String phase, long rowsDone, long rowsTotal, boolean finished) {
        return new JobProgressEvent(jobId, phase, rowsDone, rowsTotal, 0, null, null, null, finished, Instant.now());
    }
}
