package dev.synthesis.app.jobs.recovery;

import dev.synthesis.app.jobs.recovery.internal.Heartbeats;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Add to a job's listeners: the execution is this instance's from its start until its end. */
@Component
public class JobHeartbeats implements JobExecutionListener {

    private final Heartbeats heartbeats;

    JobHeartbeats(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        heartbeats.own(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        heartbeats.release(execution.getId());
    }
}
