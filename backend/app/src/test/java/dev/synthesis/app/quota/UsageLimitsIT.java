package dev.synthesis.app.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Usage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each limit refuses what would exceed it with a problem naming it, and usage counts what jobs and
 * seeds really take. The tenant quota-b is this class's own; each test sets the limits it needs,
 * and ends once its jobs have ended, so the next one starts from usage that holds still.
 */
class UsageLimitsIT extends IntegrationTest {

    private static final String QUOTAS = "/api/admin/tenants/quota-b/quotas";
    /** Jobs that run for far longer than a test needs them to (a cancel ends them). */
    private static final long LONG_JOB = 50_000_000;
    private static final long LONG_TABLE_JOB = 5_000_000;

    private final Api admin = as("admin");
    private final Api tenant = as("quota-b");
    private String schemaId;

    @BeforeEach
    void givenASchema() {
        schemaId = tenant.post("/api/schemas", """
                {"name": "Limits %s", "fields": [
                  {"name": "age", "type": "integer", "constraints": {"min": 0, "max": 120}},
                  {"name": "score", "type": "number", "constraints": {"min": 0, "max": 1}}]}""".formatted(UUID.randomUUID()))
                .expect(201).id();
    }

    /** The next test's usage holds still, and the suite does not end under a running job. */
    @AfterEach
    void leavesNoJobRunning() {
        Usage.awaitNoActiveJobs(tenant);
    }

    @Test
    void refusesAJobLargerThanRowsPerJob() {
        limits("\"rowsPerJob\": 1000");

        Response tooLarge = generate(1001, false);

        assertThat(tooLarge.status()).isEqualTo(429);
        assertThat(tooLarge.json().get("limit").asString()).isEqualTo("rowsPerJob");
        assertThat(tooLarge.json().get("value").asLong()).isEqualTo(1000);
        assertThat(tooLarge.json().get("requested").asLong()).isEqualTo(1001);
        assertThat(tooLarge.json().get("usage").isNull()).isTrue();
        assertThat(tooLarge.json().get("detail").asString()).isEqualTo(
                "This job asks for 1,001 rows; the limit is 1,000 rows per job. Split the volume into several jobs.");
        assertThat(tooLarge.headers().containsHeader("Retry-After")).isFalse();
        assertThat(generate(1000, false).status()).isEqualTo(202);
    }

    @Test
    void refusesJobsAndTrainingBeyondTheJobsAtOnce() {
        limits("\"concurrentJobs\": 2");
        Jobs.Seeded seeded = Jobs.seeded(tenant, "Jobs at once", 200);
        String first = generate(LONG_JOB, false).expect(202).id();
        String second = generate(LONG_JOB, false).expect(202).id();

        Response third = generate(10, false);
        Response training = tenant.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(seeded.schemaId(),
                seeded.seedId()));
        cancelAndAwait(first);
        cancelAndAwait(second);

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("limit").asString()).isEqualTo("concurrentJobs");
        assertThat(third.json().get("usage").asLong()).isEqualTo(2);
        assertThat(third.json().get("detail").asString()).contains("already has 2 queued or running jobs");
        assertThat(training.status()).isEqualTo(429);
        assertThat(training.json().get("limit").asString()).isEqualTo("concurrentJobs");
        assertThat(generate(10, false).status()).as("a job may start once the others ended").isEqualTo(202);
    }

    @Test
    void aCancelledJobIsChargedOnlyForTheRowsItWrote() {
        limits("");
        long rowsBefore = Usage.used(tenant, "rowsPerDay");
        long tableRowsBefore = Usage.used(tenant, "tableRows");
        String id = generate(LONG_TABLE_JOB, true).expect(202).id();

        long reserved = Usage.used(tenant, "tableRows");
        JsonNode cancelled = cancelAndAwait(id);

        assertThat(reserved).isEqualTo(tableRowsBefore + LONG_TABLE_JOB);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(Usage.used(tenant, "rowsPerDay")).isEqualTo(rowsBefore + cancelled.get("rowsWritten").asLong());
        assertThat(Usage.used(tenant, "tableRows")).as("its table rows were discarded").isEqualTo(tableRowsBefore);
    }

    @Test
    void refusesRowsBeyondWhatTheTableMayHold() {
        long tableRows = Usage.used(tenant, "tableRows");
        limits("\"tableRows\": %d".formatted(tableRows + 1000));

        String kept = generate(800, true).expect(202).id();
        Response overTable = generate(300, true);
        Response fileOnly = generate(300, false);
        Jobs.awaitCompleted(tenant, "/api/generate/" + kept + "/status");

        assertThat(overTable.status()).isEqualTo(429);
        assertThat(overTable.json().get("limit").asString()).isEqualTo("tableRows");
        assertThat(overTable.json().get("usage").asLong()).isEqualTo(tableRows + 800);
        assertThat(overTable.json().get("resetsAt").isNull()).isTrue();
        assertThat(fileOnly.status()).as("a file job keeps nothing in the table").isEqualTo(202);
        assertThat(Usage.used(tenant, "tableRows")).isEqualTo(tableRows + 800);
    }

    @Test
    void storageCountsSeedsAndOutputsAndRefusesWhatWouldExceedIt() {
        byte[] seed = Jobs.customersCsv(100).getBytes(StandardCharsets.UTF_8);
        long stored = Usage.used(tenant, "storageBytes");
        limits("\"storageBytes\": %d".formatted(stored + seed.length));

        String first = tenant.upload("first.csv", seed).expect(201).id();
        Response second = tenant.upload("second.csv", seed);
        Response job = generate(10, false);
        tenant.delete("/api/seeds/" + first, null).expect(204);
        long afterDelete = Usage.used(tenant, "storageBytes");
        Response again = tenant.upload("again.csv", seed);

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.json().get("limit").asString()).isEqualTo("storageBytes");
        assertThat(second.json().get("usage").asLong()).isEqualTo(stored + seed.length);
        assertThat(second.json().get("requested").asLong()).isEqualTo(seed.length);
        assertThat(job.status()).as("no new output once storage is full").isEqualTo(429);
        assertThat(job.json().get("limit").asString()).isEqualTo("storageBytes");
        assertThat(afterDelete).isEqualTo(stored);
        assertThat(again.status()).isEqualTo(201);
    }

    @Test
    void aCompletedJobsOutputCountsTowardsStorage() {
        limits("");
        long stored = Usage.used(tenant, "storageBytes");

        String id = generate(1000, false).expect(202).id();
        Jobs.awaitCompleted(tenant, "/api/generate/" + id + "/status");

        assertThat(Usage.used(tenant, "storageBytes")).isGreaterThan(stored);
    }

    @Test
    void runNextIsRefusedOverTheDailyRowsAndTheDayIsNotTaken() {
        String orders = tenant.post("/api/schemas", """
                {"name": "Orders %s", "fields": [
                  {"name": "order_id", "type": "integer", "constraints": {"unique": true, "required": true}},
                  {"name": "ordered_on", "type": "date", "constraints": {"min": "2020-01-01", "max": "2035-12-31"}}],
                 "targetVolume": {"recordsPerDay": 1000, "days": 3}}""".formatted(UUID.randomUUID())).expect(201).id();
        String deployment = tenant.post("/api/schemas/" + orders + "/deployments", "{\"startDate\": \"2030-01-01\"}").id();
        long used = Usage.used(tenant, "rowsPerDay");
        limits("\"rowsPerDay\": %d".formatted(used + 999));

        Response refused = tenant.post("/api/deployments/" + deployment + "/run-next", null);
        JsonNode after = tenant.get("/api/deployments/" + deployment).expect(200).json();
        limits("\"rowsPerDay\": %d".formatted(used + 1000));
        Response accepted = tenant.post("/api/deployments/" + deployment + "/run-next", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("limit").asString()).isEqualTo("rowsPerDay");
        assertThat(refused.json().get("requested").asLong()).isEqualTo(1000);
        assertThat(after.get("nextDay").asInt()).isZero();
        assertThat(after.get("batches")).isEmpty();
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(Usage.used(tenant, "rowsPerDay")).isEqualTo(used + 1000);
    }

    /** Sets the tenant's limits: these, and the platform defaults for the rest. */
    private void limits(String members) {
        admin.put(QUOTAS, "{" + members + "}", null).expect(200);
    }

    private Response generate(long rows, boolean toTable) {
        return tenant.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": %d, \"sink\": \"%s\"}"
                .formatted(schemaId, rows, toTable ? "table" : "file"));
    }

    /** Cancels a job (unless it already ended) and waits until it has ended. */
    private JsonNode cancelAndAwait(String id) {
        assertThat(tenant.post("/api/generate/" + id + "/cancel", null).status()).isIn(202, 409);
        return Jobs.awaitFinished(tenant, "/api/generate/" + id + "/status");
    }
}
