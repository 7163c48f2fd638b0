package dev.synthesis.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Downloads;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.ObjectStore;
import dev.synthesis.app.support.Tokens;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The proposal's "10,000 records/day for 30 days", scaled down: daily batches that stay consistent. */
class DeploymentIT extends IntegrationTest {

    private final Api alice = as("alice");
    private String schemaId;

    @BeforeEach
    void givenAnOrdersSchema() {
        schemaId = alice.post("/api/schemas", """
                {"name": "Orders %s", "fields": [
                  {"name": "order_id", "type": "integer", "constraints": {"unique": true, "required": true}},
                  {"name": "ordered_on", "type": "date", "constraints": {"min": "2020-01-01", "max": "2035-12-31"}},
                  {"name": "amount", "type": "number", "constraints": {"min": 1, "max": 500}}],
                 "targetVolume": {"recordsPerDay": 1000, "days": 3}}""".formatted(UUID.randomUUID())).json().get("id").asString();
    }

    @Test
    void dailyBatchesNeverRepeatIdsAdvanceTheirDateAndLandUnderDatedKeys() throws Exception {
        String id = alice.post("/api/schemas/" + schemaId + "/deployments",
                "{\"startDate\": \"2030-01-01\", \"gzip\": false}").json().get("id").asString();

        JsonNode first = alice.post("/api/deployments/" + id + "/run-next", null).json();
        JsonNode second = alice.post("/api/deployments/" + id + "/run-next", null).json();

        List<String> day0 = batchLines(first.get("batches").get(0));
        List<String> day1 = batchLines(second.get("batches").get(1));
        assertThat(day0).hasSize(1000).allMatch(line -> line.split(",")[1].equals("2030-01-01"));
        assertThat(day1).hasSize(1000).allMatch(line -> line.split(",")[1].equals("2030-01-02"));
        Set<String> ids = new HashSet<>();
        day0.forEach(line -> ids.add(line.split(",")[0]));
        day1.forEach(line -> ids.add(line.split(",")[0]));
        assertThat(ids).hasSize(2000);
        assertThat(ObjectStore.keysUnder("tenants/acme/deployments/" + id + "/2030-01-02/")).isNotEmpty();
    }

    @Test
    void refusesABatchBeyondTheLastDay() {
        String id = alice.post("/api/schemas/" + schemaId + "/deployments",
                "{\"startDate\": \"2030-06-01\", \"days\": 1, \"recordsPerDay\": 10}").json().get("id").asString();

        assertThat(alice.post("/api/deployments/" + id + "/run-next", null).status()).isEqualTo(202);
        assertThat(alice.post("/api/deployments/" + id + "/run-next", null).status()).isEqualTo(409);
        assertThat(alice.get("/api/deployments/" + id).json().get("status").asString()).isEqualTo("FINISHED");
    }

    @Test
    void theSchedulerRunsBatchesWhenTheirDayHasCome() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String id = alice.post("/api/schemas/" + schemaId + "/deployments",
                "{\"startDate\": \"%s\", \"days\": 5, \"recordsPerDay\": 10, \"dateField\": \"ordered_on\"}".formatted(yesterday))
                .json().get("id").asString();

        JsonNode deployment = awaitBatches(id, 2);

        assertThat(deployment.get("batches")).extracting(b -> b.get("date").asString())
                .containsExactly(yesterday.toString(), yesterday.plusDays(1).toString());
        assertThat(deployment.get("nextDay").asInt()).isEqualTo(2);
    }

    @Test
    void refusesDaysOutsideTheDateFieldsBoundsAndOtherTenantsSeeNothing() {
        assertThat(alice.post("/api/schemas/" + schemaId + "/deployments", "{\"startDate\": \"2035-12-30\", \"days\": 5}")
                .json().get("detail").asString()).contains("outside ordered_on");
        assertThat(alice.post("/api/schemas/" + schemaId + "/deployments", "{\"dateField\": \"amount\"}").status()).isEqualTo(400);
        String id = alice.post("/api/schemas/" + schemaId + "/deployments", "{\"startDate\": \"2031-01-01\"}").json().get("id").asString();

        Api bob = as("bob");
        assertThat(bob.get("/api/deployments/" + id).status()).isEqualTo(404);
        assertThat(bob.post("/api/deployments/" + id + "/run-next", null).status()).isEqualTo(404);
        assertThat(bob.post("/api/schemas/" + schemaId + "/deployments", "{}").status()).isEqualTo(404);
    }

    private JsonNode awaitBatches(String id, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode deployment = alice.get("/api/deployments/" + id).json();
        while (deployment.get("batches").size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            deployment = alice.get("/api/deployments/" + id).json();
        }
        return deployment;
    }

    private List<String> batchLines(JsonNode batch) throws Exception {
        String job = batch.get("generationJobId").asString();
        assertThat(Jobs.awaitFinished(alice, "/api/generate/" + job + "/status").get("status").asString()).isEqualTo("COMPLETED");
        try (InputStream body = Downloads.get(Tokens.of("alice"), "/api/generate/" + job + "/download").body()) {
            List<String> lines = new String(body.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(1, lines.size());
        }
    }
}
