package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.BatchTables;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.TenantSql;
import dev.synthesis.app.support.Waits;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Several instances share the job tables. An instance is killed ({@code kill -9}) with jobs
 * running, their partitions partly done, partly waiting in its worker queue. This app, the
 * survivor, resumes them (rerunning only the partitions that had not finished, so every row lands
 * exactly once). Before that, it left the live instance's jobs alone, and a cancel it took stopped
 * partitions running on the other instance. Jobs start as soon as they are accepted, so a job
 * still queued when its instance dies is rare: that takeover is in {@code HeartbeatsIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(2)
class KillAndResumeIT extends IntegrationTest {

    /** Small partitions on the doomed instance, so that a kill finds a job with many still to run. */
    private static final long PARTITION_ROWS = 10_000;
    private static final long ROWS = 20 * PARTITION_ROWS;

    private final Api survivor = as("alice");
    private AppProcess doomed;

    @BeforeAll
    void startTheInstanceToKill() throws IOException {
        doomed = AppProcess.start("doomed", Map.of("SYNTHESIS_GENERATION_ROWS_PER_PARTITION", Long.toString(PARTITION_ROWS)));
    }

    @AfterAll
    void makeSureItIsGone() throws InterruptedException {
        if (doomed != null) {
            doomed.close();
        }
    }

    @Test
    void theJobsOfAKilledInstanceAreFinishedByASurvivorWithEveryRowExactlyOnce() throws Exception {
        Seeded customers = Jobs.trained(survivor, "Crash", 500);
        Api there = doomed.as("alice");
        String cancelled = customers.generate(there, "\"rows\": 1000000, \"sink\": \"table\", \"seed\": 20");
        awaitBeatsLongerThanTheSurvivorsTimeout(cancelled);
        assertThat(executions(cancelled)).as("executions of a live instance's job").isEqualTo(1);

        String resumed = customers.generate(there, "\"rows\": %d, \"sink\": \"table\", \"seed\": 21".formatted(ROWS));
        String alsoResumed = customers.generate(there, "\"rows\": %d, \"sink\": \"table\", \"seed\": 22".formatted(ROWS));
        String small = customers.generate(there, "\"rows\": 1000, \"seed\": 23");
        survivor.post("/api/generate/" + cancelled + "/cancel", null).expect(202);
        assertThat(Jobs.awaitFinished(survivor, "/api/generate/" + cancelled + "/status").get("status").asString())
                .isEqualTo("CANCELLED");
        Waits.until("two partitions of the job to resume to complete", () -> completedPartitions(resumed), done -> done >= 2);

        doomed.kill();
        long completedAtDeath = completedPartitions(resumed);

        for (String job : new String[] {resumed, alsoResumed, small}) {
            Jobs.awaitCompleted(survivor, "/api/generate/" + job + "/status");
        }
        assertThat(completedAtDeath).isLessThan(20);
        assertThat(executions(resumed)).isEqualTo(2);
        assertThat(partitionCompletions(resumed)).as("each partition completed once, across both executions").isEqualTo(20);
        assertThat(TenantSql.countRowsOfJob("acme", resumed)).containsExactly(ROWS, ROWS, 0L, ROWS - 1);
        assertThat(TenantSql.countRowsOfJob("acme", alsoResumed)).containsExactly(ROWS, ROWS, 0L, ROWS - 1);
        assertThat(TenantSql.countRowsOfJob("acme", cancelled)[0]).isZero();
        assertThat(completedPartitions(cancelled)).isLessThan(100);
    }

    /**
     * Waits until the job's instance has renewed its heartbeat over a span longer than the
     * survivor's timeout: the survivor, which looks every second, has then seen the job while it
     * would have been stale had its instance not been alive.
     */
    private static void awaitBeatsLongerThanTheSurvivorsTimeout(String jobId) {
        Duration span = HEARTBEAT_TIMEOUT.plusSeconds(2);
        Instant[] first = new Instant[1];
        Waits.until("the instance running job " + jobId + " to beat for it over " + span, () -> heartbeat(jobId), beat -> {
            if (beat.isEmpty()) {
                return false;
            }
            if (first[0] == null) {
                first[0] = beat.get();
            }
            return Duration.between(first[0], beat.get()).compareTo(span) > 0;
        });
    }

    private static Optional<Instant> heartbeat(String jobId) throws SQLException {
        return BatchTables.query(jobId, """
                select h.beat_at from job_heartbeats h
                join batch_job_execution_params p on p.job_execution_id = h.job_execution_id
                where p.parameter_name = 'generation' and p.parameter_value = ?""",
                rows -> rows.next() ? Optional.of(rows.getTimestamp(1)).map(Timestamp::toInstant) : Optional.empty());
    }

    /** Partitions the job repository records as completed, across all executions of the job. */
    private static long completedPartitions(String jobId) throws SQLException {
        return BatchTables.partitions(jobId, "count(distinct s.step_name)", "s.status = 'COMPLETED'");
    }

    /** Completed partition steps, counting a partition again if a later execution reran it. */
    private static long partitionCompletions(String jobId) throws SQLException {
        return BatchTables.partitions(jobId, "count(*)", "s.status = 'COMPLETED'");
    }

    private static long executions(String jobId) throws SQLException {
        return BatchTables.executions(jobId);
    }
}
