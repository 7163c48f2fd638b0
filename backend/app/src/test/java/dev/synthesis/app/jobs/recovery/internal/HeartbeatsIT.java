package dev.synthesis.app.jobs.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.jobs.recovery.JobRecoverySettings;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.tenancy.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may take over a running execution, on the real job tables: instances are simulated by
 * heartbeat holders with their own names and boot ids, executions by ids no real job has.
 */
class HeartbeatsIT extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    /** Below zero, so no real execution of the app running beside this test is ever touched. */
    private final long execution = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

    private final UUID queuedJob = UUID.randomUUID();

    @AfterEach
    void forgetTheExecution() {
        jdbc.update("delete from job_heartbeats where job_execution_id = ?", execution);
        jdbc.update("delete from queued_jobs where job_id = ?", queuedJob);
    }

    @Test
    void aLiveInstancesExecutionIsLeftAloneAndAStaleOneIsTakenByOneSurvivorOnly() {
        instance("holder").own(execution);
        Heartbeats survivor = instance("survivor");
        Heartbeats rival = instance("rival");

        boolean takenWhileLive = survivor.takeOver(execution);
        silence(Duration.ofHours(1));

        assertThat(takenWhileLive).isFalse();
        assertThat(survivor.takeOver(execution)).isTrue();
        assertThat(rival.takeOver(execution)).isFalse();
        assertThat(holderOf()).isEqualTo("survivor");
    }

    @Test
    void aRestartedInstanceTakesItsOwnExecutionBackAtOnce() {
        instance("restarting").own(execution);

        boolean takenByAnother = instance("bystander").takeOver(execution);

        assertThat(takenByAnother).isFalse();
        assertThat(instance("restarting").takeOver(execution)).isTrue();
    }

    @Test
    void aSlowProcessNeverTakesOverItsOwnExecutionsButAnotherInstanceDoes() {
        Heartbeats slow = instance("slow");
        slow.own(execution);
        silence(Duration.ofHours(1));

        assertThat(slow.takeOver(execution)).isFalse();
        assertThat(instance("other").takeOver(execution)).isTrue();
    }

    @Test
    void anExecutionSeenWithoutAHeartbeatIsGivenOneAndJudgedLater() {
        Heartbeats survivor = instance("survivor");

        assertThat(survivor.takeOver(execution)).isFalse();
        assertThat(survivor.takeOver(execution)).isFalse();
        silence(Duration.ofHours(1));
        assertThat(survivor.takeOver(execution)).isTrue();
    }

    /**
     * Jobs start as soon as they are accepted, so a job is rarely still queued when its instance
     * dies; this is that case. The instances here judge no heartbeat stale, so the queued jobs of
     * the app and of other tests are never theirs to take.
     */
    @Test
    void aRestartedInstanceStartsTheJobsItsEarlierProcessHadQueuedAndNoOneElseDoes() {
        String name = "restarting-" + UUID.randomUUID();
        instanceNeverJudgingStale(name).queued("generation", queuedJob, new TenantId("acme"));

        List<UUID> takenByAnother = jobIds(instanceNeverJudgingStale("bystander-" + UUID.randomUUID()).takeOverQueued());
        Heartbeats restarted = instanceNeverJudgingStale(name);

        assertThat(takenByAnother).doesNotContain(queuedJob);
        assertThat(restarted.takeOverQueued()).filteredOn(queued -> queued.jobId().equals(queuedJob)).singleElement()
                .satisfies(queued -> {
                    assertThat(queued.jobName()).isEqualTo("generation");
                    assertThat(queued.tenant()).isEqualTo(new TenantId("acme"));
                });
        assertThat(jobIds(restarted.takeOverQueued())).as("taken once").doesNotContain(queuedJob);
    }

    private Heartbeats instanceNeverJudgingStale(String name) {
        return new Heartbeats(jdbc, new JobRecoverySettings(name, Duration.ofSeconds(1), Duration.ofDays(1)), 0);
    }

    private static List<UUID> jobIds(List<Heartbeats.QueuedJob> queued) {
        return queued.stream().map(Heartbeats.QueuedJob::jobId).toList();
    }

    /** A process of an instance: a name, and a boot id of its own. */
    private Heartbeats instance(String name) {
        return new Heartbeats(jdbc, new JobRecoverySettings(name, Duration.ofSeconds(1), Duration.ofSeconds(5)), 0);
    }

    private void silence(Duration since) {
        jdbc.update("update job_heartbeats set beat_at = now() - make_interval(secs => ?) where job_execution_id = ?",
                (double) since.toSeconds(), execution);
    }

    private String holderOf() {
        return jdbc.queryForObject("select instance_id from job_heartbeats where job_execution_id = ?", String.class, execution);
    }
}
