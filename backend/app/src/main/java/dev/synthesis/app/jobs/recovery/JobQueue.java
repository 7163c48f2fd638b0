package dev.synthesis.app.jobs.recovery;

import dev.synthesis.app.jobs.recovery.internal.Heartbeats;
import dev.synthesis.app.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Jobs accepted but not started yet: launchers record them before handing them to their
 * executor's in-memory queue, so that if this instance dies first another one starts them (see
 * {@link RecoverableJob#relaunch()}). A job leaves the queue when an execution carries its id.
 */
@Component
public class JobQueue {

    private final Heartbeats heartbeats;

    JobQueue(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    /** Records a job of the current tenant as waiting on this instance. */
    public void queued(String jobName, UUID jobId) {
        heartbeats.queued(jobName, jobId, TenantContext.require());
    }

    /** For a job that will never start (it could not be launched). */
    public void dropped(UUID jobId) {
        heartbeats.unqueued(jobId);
    }
}
