package dev.synthesis.app.jobs;

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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spring Batch remote partitioning over the broker: a manager instance that runs no partition
 * itself sends a job's partitions to worker processes. The only worker is killed ({@code kill -9})
 * in the middle of a partition; a worker started afterwards gets that partition again from the
 * broker, and the job completes in its one execution with every row exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningIT extends IntegrationTest {

    /** Large enough that a partition takes a few seconds: the kill lands inside one. */
    private static final long PARTITION_ROWS = 150_000;
    private static final long PARTITIONS = 3;
    private static final long ROWS = PARTITIONS * PARTITION_ROWS;

    private final Api here = as("alice");
    private AppProcess manager;
    private AppProcess doomedWorker;
    private AppProcess worker;

    @BeforeAll
    void startManagerAndFirstWorker() throws IOException {
        manager = AppProcess.start("remote-manager", remote(0));
        doomedWorker = AppProcess.start("remote-worker-doomed", remote(1));
    }

    @AfterAll
    void stopProcesses() throws InterruptedException {
        for (AppProcess process : new AppProcess[] {worker, doomedWorker, manager}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void aPartitionOfAKilledWorkerIsRedeliveredToAnotherAndEveryRowLandsOnce() throws Exception {
        Seeded customers = Jobs.trained(here, "Remote partitions", 500);
        String job = customers.generate(manager.as("alice"), "\"rows\": %d, \"sink\": \"table\", \"seed\": 41".formatted(ROWS));

        Waits.until("a partition of job " + job + " to run on the only worker", () -> running(job), running -> running > 0);
        doomedWorker.kill();
        long runningAtDeath = running(job);
        long completedAtDeath = completed(job);
        worker = AppProcess.start("remote-worker", remote(2));

        Jobs.awaitCompleted(manager.as("alice"), "/api/generate/" + job + "/status");
        assertThat(runningAtDeath).as("partitions left running by the killed worker").isEqualTo(1);
        assertThat(completedAtDeath).isLessThan(PARTITIONS);
        assertThat(BatchTables.executions(job)).as("the job never restarted: its partition moved").isEqualTo(1);
        assertThat(BatchTables.partitions(job, "count(*)", "s.status = 'COMPLETED'")).isEqualTo(PARTITIONS);
        assertThat(TenantSql.countRowsOfJob("acme", job)).containsExactly(ROWS, ROWS, 0L, ROWS - 1);
        assertThat(worker.log()).contains("redelivered: the worker that took it stopped before finishing");
    }

    private static Map<String, String> remote(int consumers) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SYNTHESIS_JOBS_REMOTE_ENABLED", "true");
        environment.put("SYNTHESIS_JOBS_REMOTE_CONSUMERS", Integer.toString(consumers));
        environment.put("SYNTHESIS_GENERATION_ROWS_PER_PARTITION", Long.toString(PARTITION_ROWS));
        return environment;
    }

    private static long running(String job) throws SQLException {
        return BatchTables.partitions(job, "count(*)", "s.status = 'STARTED'");
    }

    private static long completed(String job) throws SQLException {
        return BatchTables.partitions(job, "count(*)", "s.status = 'COMPLETED'");
    }
}
