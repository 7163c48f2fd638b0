package dev.synthesis.app.jobs.progress;

import java.util.Optional;
import java.util.UUID;

/**
 * A kind of job whose state the job events read from its own table (the first event, and the
 * fallback without Redis), declared as a bean by the module that owns it, so the events endpoint
 * follows every kind of job without depending on their modules.
 */
public interface JobStatusSource {

    /** The current tenant's job with this id as a progress event, or empty when it is not a job of this kind. */
    Optional<JobProgressEvent> snapshot(UUID jobId);
}
