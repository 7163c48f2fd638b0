package dev.synthesis.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.BatchTables;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.ObjectStore;
import dev.synthesis.app.support.Waits;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The worker threads serve tenants in turn, so one tenant's large jobs never keep another's small
 * job waiting behind their partitions; a cancel drops a job's waiting partitions unrun. What came
 * first is checked, not how long it took, except for one bound on a cancel: generous for a loaded
 * machine, far below the 36 s and more a cancel took when each waiting partition had to start to
 * notice it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(3)
class FairSchedulingIT extends IntegrationTest {

    /** Beyond 256 partitions of the suite's size, so 256 partitions of 390,625 rows: seconds each, minutes in all. */
    private static final long LARGE = 100_000_000;
    private static final Duration CANCEL_BOUND = Duration.ofSeconds(15);
    /** The app runs in this JVM, with one worker thread per core. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();

    private final Api alice = as("alice");
    private Seeded acme;

    @BeforeAll
    void givenATrainedSchemaOfAcme() {
        acme = Jobs.trained(alice, "Fair", 1_000);
    }

    @Test
    void anotherTenantsSmallJobCompletesWhileOneTenantsLargeJobsRunAndTheyStopPromptlyWhenCancelled() throws Exception {
        List<String> large = List.of(generateAndAwaitItsPartitions(LARGE), generateAndAwaitItsPartitions(LARGE));
        Api bob = as("bob");

        String small = Jobs.seeded(bob, "Fair small", 100).generate(bob, "\"rows\": 10");
        JsonNode smallDone = Jobs.awaitCompleted(bob, "/api/generate/" + small + "/status");

        assertThat(smallDone.get("rowsWritten").asLong()).isEqualTo(10);
        for (String id : large) {
            assertThat(status(id).get("status").asString()).as("acme's job %s when globex's completed", id).isEqualTo("RUNNING");
        }

        Map<String, Long> startedBefore = new HashMap<>();
        for (String id : large) {
            startedBefore.put(id, BatchTables.partitionsStarted(id));
        }
        long asked = System.nanoTime();
        large.forEach(id -> alice.post("/api/generate/" + id + "/cancel", null).expect(202));
        List<JsonNode> ended = large.stream().map(id -> Jobs.awaitFinished(alice, "/api/generate/" + id + "/status")).toList();
        Duration took = Duration.ofNanos(System.nanoTime() - asked);

        assertThat(ended).allSatisfy(job -> assertThat(job.get("status").asString()).isEqualTo("CANCELLED"));
        assertThat(took).as("from the cancel requests to both jobs ending").isLessThan(CANCEL_BOUND);
        for (String id : large) {
            // each worker may start one as the counts are read and take one just before the cancel: none of those waiting
            assertThat(BatchTables.partitionsStarted(id)).as("partitions of %s that started", id)
                    .isLessThanOrEqualTo(startedBefore.get(id) + 2L * WORKERS);
            assertThat(ObjectStore.keysUnder("tenants/acme/outputs/" + id + "/")).isEmpty();
        }
    }

    /** Its scores take a second or more to compute, so the cancel, sent right away, lands before any partition could start. */
    @Test
    void aJobCancelledBeforeItStartsNeverRunsAPartition() throws Exception {
        String busy = generateAndAwaitItsPartitions(LARGE);

        String queued = acme.generate(alice, "\"rows\": %d".formatted(40 * ROWS_PER_PARTITION));
        alice.post("/api/generate/" + queued + "/cancel", null).expect(202);
        JsonNode ended = Jobs.awaitFinished(alice, "/api/generate/" + queued + "/status");
        alice.post("/api/generate/" + busy + "/cancel", null).expect(202);

        assertThat(ended.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(ended.get("rowsWritten").asLong()).isZero();
        assertThat(BatchTables.partitionsStarted(queued)).isZero();
        assertThat(Jobs.awaitFinished(alice, "/api/generate/" + busy + "/status").get("status").asString()).isEqualTo("CANCELLED");
    }

    /** Starts a job of acme and waits until one of its partitions has started: acme's work then occupies the worker threads. */
    private String generateAndAwaitItsPartitions(long rows) {
        String id = acme.generate(alice, "\"rows\": %d".formatted(rows));
        Waits.until("a partition of job " + id + " to start", () -> BatchTables.partitionsStarted(id), started -> started > 0);
        return id;
    }

    private JsonNode status(String id) {
        return alice.get("/api/generate/" + id + "/status").expect(200).json();
    }
}
