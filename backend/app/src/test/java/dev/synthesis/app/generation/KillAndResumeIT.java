package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.TenantSql;
import dev.synthesis.app.support.TestPlatform;
import dev.synthesis.app.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Several instances share the job tables. A generation job survives its process being killed: it
 * resumes (on the restarted instance, or on another one that outlives it), reruns only the
 * partitions that had not finished, and ends with every row exactly once. A cancel reaches the
 * job whichever instance takes it.
 */
class KillAndResumeIT extends IntegrationTest {

    /** Eight partitions of 200,000 rows. */
    private static final long ROWS = 1_600_000;
    private static final String PARTITION_ROWS = "200000";

    /** Quick heartbeats, so a survivor notices a dead instance within seconds. */
    private static final Map<String, String> QUICK_HEARTBEATS = Map.of("SYNTHESIS_JOBS_HEARTBEAT_INTERVAL", "1s",
            "SYNTHESIS_JOBS_HEARTBEAT_TIMEOUT", "5s", "SYNTHESIS_GENERATION_ROWS_PER_PARTITION", PARTITION_ROWS);

    @Test
    void aJobKilledMidwayResumesOnRestartWithNoLostOrDuplicatedRows() throws Exception {
        Map<String, String> sameInstance = Map.of("SYNTHESIS_JOBS_INSTANCE_ID", "crash-" + UUID.randomUUID(),
                "SYNTHESIS_GENERATION_ROWS_PER_PARTITION", PARTITION_ROWS);
        String jobId;
        try (AppProcess first = AppProcess.start("before-crash", sameInstance)) {
            Api api = Api.as(first.url(), Tokens.of("alice"));
            String schemaId = trainedSchema(api);
            jobId = api.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": %d, \"sink\": \"table\", \"seed\": 21}"
                    .formatted(schemaId, ROWS)).json().get("id").asString();
            awaitCompletedPartitions(2, jobId);

            first.kill();
        }
        assertThat(as("alice").get("/api/generate/" + jobId + "/status").json().get("status").asString()).isEqualTo("RUNNING");
        long completedBeforeRestart = completedPartitions(jobId);

        try (AppProcess second = AppProcess.start("after-restart", sameInstance)) {
            Api api = Api.as(second.url(), Tokens.of("alice"));
            assertThat(Jobs.awaitFinished(api, "/api/generate/" + jobId + "/status").get("status").asString())
                    .isEqualTo("COMPLETED");
        }

        assertThat(completedBeforeRestart).isBetween(2L, 7L);
        assertThat(TenantSql.countRowsOfJob("acme", jobId)).containsExactly(ROWS, ROWS, 0L, ROWS - 1);
    }

    /**
     * Two slow jobs fill the dying instance's two job threads, so a third waits in its queue. The
     * survivor resumes the two (they are cancelled at once, to free its threads) and starts the third.
     */
    @Test
    void jobsStillQueuedOnAnInstanceThatDiedAreStartedByASurvivor() throws Exception {
        try (AppProcess survivor = AppProcess.start("queue-survivor", QUICK_HEARTBEATS)) {
            List<String> running = new ArrayList<>();
            String queued;
            try (AppProcess doomed = AppProcess.start("queue-doomed", QUICK_HEARTBEATS)) {
                Api api = Api.as(doomed.url(), Tokens.of("alice"));
                String schemaId = trainedSchema(api);
                for (int seed = 30; seed < 32; seed++) {
                    running.add(api.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": %d, \"sink\": \"table\", \"seed\": %d}"
                            .formatted(schemaId, ROWS, seed)).json().get("id").asString());
                }
                queued = api.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 1000}".formatted(schemaId))
                        .json().get("id").asString();
                awaitCompletedPartitions(1, running.toArray(String[]::new));
                assertThat(executions(queued)).as("two jobs run at a time: the third is still queued").isZero();

                doomed.kill();
            }

            Api api = Api.as(survivor.url(), Tokens.of("alice"));
            running.forEach(job -> assertThat(api.post("/api/generate/" + job + "/cancel", null).status()).isEqualTo(202));
            assertThat(Jobs.awaitFinished(api, "/api/generate/" + queued + "/status").get("status").asString())
                    .isEqualTo("COMPLETED");
            for (String job : running) {
                JsonNode finished = Jobs.awaitFinished(api, "/api/generate/" + job + "/status");
                assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("CANCELLED");
            }
        }
    }

    @Test
    void aJobRunningOnOneInstanceIsCancelledThroughAnother() throws Exception {
        try (AppProcess other = AppProcess.start("cancelled-elsewhere", QUICK_HEARTBEATS)) {
            Api there = Api.as(other.url(), Tokens.of("alice"));
            String jobId = there.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": %d, \"sink\": \"table\", \"seed\": 23}"
                    .formatted(trainedSchema(there), ROWS)).json().get("id").asString();
            awaitCompletedPartitions(1, jobId);

            Api here = as("alice");
            assertThat(here.post("/api/generate/" + jobId + "/cancel", null).status()).isEqualTo(202);
            JsonNode finished = Jobs.awaitFinished(here, "/api/generate/" + jobId + "/status");

            assertThat(finished.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(completedPartitions(jobId)).isLessThan(8);
            assertThat(TenantSql.countRowsOfJob("acme", jobId)[0]).isZero();
        }
    }

    @Test
    void aSurvivingInstanceLeavesLiveJobsAloneAndTakesOverTheJobsOfOneThatDied() throws Exception {
        try (AppProcess survivor = AppProcess.start("survivor", QUICK_HEARTBEATS)) {
            String jobId;
            try (AppProcess doomed = AppProcess.start("doomed", QUICK_HEARTBEATS)) {
                Api api = Api.as(doomed.url(), Tokens.of("alice"));
                jobId = api.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": %d, \"sink\": \"table\", \"seed\": 22}"
                        .formatted(trainedSchema(api), ROWS)).json().get("id").asString();
                awaitCompletedPartitions(1, jobId);
                Thread.sleep(7_000);
                assertThat(executions(jobId)).as("executions while the first instance is alive").isEqualTo(1);

                doomed.kill();
            }
            long completedAtDeath = completedPartitions(jobId);

            Api api = Api.as(survivor.url(), Tokens.of("alice"));
            assertThat(Jobs.awaitFinished(api, "/api/generate/" + jobId + "/status").get("status").asString())
                    .isEqualTo("COMPLETED");
            assertThat(completedAtDeath).isLessThan(8);
            assertThat(executions(jobId)).isEqualTo(2);
            assertThat(TenantSql.countRowsOfJob("acme", jobId)).containsExactly(ROWS, ROWS, 0L, ROWS - 1);
        }
    }

    private static String trainedSchema(Api api) {
        String seed = dev.synthesis.app.support.Uploads.upload(Tokens.of("alice"), "customers.csv",
                Jobs.customersCsv(500).getBytes(StandardCharsets.UTF_8)).json().get("id").asString();
        String schemaId = api.post("/api/seeds/" + seed + "/schema", "{\"name\": \"Crash " + UUID.randomUUID() + "\"}")
                .json().get("id").asString();
        String run = api.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seed))
                .json().get("id").asString();
        assertThat(Jobs.awaitFinished(api, "/api/train/" + run + "/status").get("status").asString()).isEqualTo("COMPLETED");
        return schemaId;
    }

    /** Waits until the jobs together have completed {@code wanted} partitions. */
    private static void awaitCompletedPartitions(int wanted, String... jobIds) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (completedPartitions(jobIds) < wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    /** Partition steps the job repository records as completed, across all executions of the jobs. */
    private static long completedPartitions(String... jobIds) throws SQLException {
        long completed = 0;
        for (String jobId : jobIds) {
            completed += countForJob(jobId, """
                    select count(distinct s.step_name) from batch_step_execution s
                    join batch_job_execution_params p on p.job_execution_id = s.job_execution_id
                    where p.parameter_name = 'generation' and p.parameter_value = ?
                    and s.step_name like 'generatePart:%' and s.status = 'COMPLETED'""");
        }
        return completed;
    }

    private static long executions(String jobId) throws SQLException {
        return countForJob(jobId, """
                select count(*) from batch_job_execution_params p
                where p.parameter_name = 'generation' and p.parameter_value = ?""");
    }

    private static long countForJob(String jobId, String sql) throws SQLException {
        Map<String, String> env = TestPlatform.environment();
        try (Connection connection = DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"),
                env.get("SYNTHESIS_DB_APP_USER"), env.get("SYNTHESIS_DB_APP_PASSWORD"));
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, jobId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
