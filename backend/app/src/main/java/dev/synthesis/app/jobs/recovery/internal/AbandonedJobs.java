package dev.synthesis.app.jobs.recovery.internal;

import dev.synthesis.app.jobs.TenantJobStarter;
import dev.synthesis.app.jobs.recovery.RecoverableJob;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Beats for this instance's jobs and resumes jobs whose instance died: the abandoned execution is
 * marked failed and the job started again with the same parameters, so Spring Batch skips the
 * steps (partitions) that completed and reruns the rest.
 */
@Component
class AbandonedJobs {

    private static final Logger log = LoggerFactory.getLogger(AbandonedJobs.class);

    private final List<RecoverableJob> recoverable;
    private final JobRepository repository;
    private final JobOperator jobs;
    private final Heartbeats heartbeats;
    private final TenantJobStarter starter;

    AbandonedJobs(List<RecoverableJob> recoverable, JobRepository repository, JobOperator jobs, Heartbeats heartbeats,
            TenantJobStarter starter) {
        this.recoverable = recoverable;
        this.repository = repository;
        this.jobs = jobs;
        this.heartbeats = heartbeats;
        this.starter = starter;
    }

    /** Jobs this instance held in its previous process are taken back at once, not after the timeout. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        takeOverAbandoned();
    }

    @Scheduled(fixedDelayString = "${synthesis.jobs.heartbeat-interval:10s}",
            initialDelayString = "${synthesis.jobs.heartbeat-interval:10s}")
    void beatAndLookAround() {
        heartbeats.beat();
        takeOverAbandoned();
        heartbeats.forgetFinished();
    }

    private void takeOverAbandoned() {
        for (RecoverableJob job : recoverable) {
            for (JobExecution execution : repository.findRunningJobExecutions(job.job().getName())) {
                if (heartbeats.takeOver(execution.getId())) {
                    resume(job, execution);
                }
            }
        }
        heartbeats.takeOverQueued().forEach(this::launch);
    }

    private void launch(Heartbeats.QueuedJob queued) {
        RecoverableJob job = recoverable.stream().filter(candidate -> candidate.job().getName().equals(queued.jobName()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no recoverable job named " + queued.jobName()));
        log.info("Launching {} job {} of tenant {} on instance {}: it was queued on an instance that stopped",
                queued.jobName(), queued.jobId(), queued.tenant(), heartbeats.instanceId());
        TenantContext.callAs(queued.tenant(), () -> {
            job.relaunch().launch(queued.jobId());
            return null;
        });
    }

    private void resume(RecoverableJob job, JobExecution abandoned) {
        TenantId tenant = TenantJobs.tenantOf(abandoned.getJobParameters());
        log.info("Resuming {} execution {} of tenant {} on instance {}: its instance stopped",
                job.job().getName(), abandoned.getId(), tenant, heartbeats.instanceId());
        jobs.recover(abandoned);
        heartbeats.release(abandoned.getId());
        TenantContext.callAs(tenant, () -> {
            starter.startAsync(job.executor(), job.job(), abandoned.getJobParameters(), refused -> {
                log.error("{} execution {} could not resume", job.job().getName(), abandoned.getId(), refused);
                job.onRefused().record(abandoned.getJobParameters(), refused);
            });
            return null;
        });
    }
}
