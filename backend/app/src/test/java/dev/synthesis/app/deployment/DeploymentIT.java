package dev.synthesis.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.ObjectStore;
import dev.synthesis.app.support.Waits;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
                 "targetVolume": {"recordsPerDay": 1000, "days": 3}}""".formatted(UUID.randomUUID())).expect(201).id();
    }

    @Test
    void dailyBatchesNeverRepeatIdsAdvanceTheirDateAndLandUnderDatedKeys() throws Exception {
        String id = alice.post("/api/schemas/" + schemaId + "/deployments",
                "{\"startDate\": \"2030-01-01\", \"gzip\": false}").id();

        JsonNode first = alice.post("/api/deployments/" + id + "/run-next", null).expect(202).json();
        JsonNode second = alice.post("/api/deployments/" + id + "/run-next", null).expect(202).json();

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
                "{\"startDate\": \"2030-06-01\", \"days\": 1, \"recordsPerDay\": 10}").id();

        assertThat(alice.post("/api/deployments/" + id + "/run-next", null).status()).isEqualTo(202);
        assertThat(alice.post("/api/deployments/" + id + "/run-next", null).status()).isEqualTo(409);
        assertThat(alice.get("/api/deployments/" + id).json().get("status").asString()).isEqualTo("FINISHED");
    }

    @Test
    void theSchedulerRunsBatchesWhenTheirDayHasCome() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String id = alice.post("/api/schemas/" + schemaId + "/deployments",
                "{\"startDate\": \"%s\", \"days\": 5, \"recordsPerDay\": 10, \"dateField\": \"ordered_on\"}".formatted(yesterday))
                .id();

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
        String id = alice.post("/api/schemas/" + schemaId + "/deployments", "{\"startDate\": \"2031-01-01\"}").id();

        Api bob = as("bob");
        assertThat(bob.get("/api/deployments/" + id).status()).isEqualTo(404);
        assertThat(bob.post("/api/deployments/" + id + "/run-next", null).status()).isEqualTo(404);
        assertThat(bob.post("/api/schemas/" + schemaId + "/deployments", "{}").status()).isEqualTo(404);
    }

    @Test
    void listsTheTenantsDeploymentsNewestFirstWithTheirSchemaAndBatchStatusesButNotAnotherTenants() {
        String older = alice.post("/api/schemas/" + schemaId + "/deployments", "{\"startDate\": \"2032-01-01\", \"days\": 2}").id();
        String newer = alice.post("/api/schemas/" + schemaId + "/deployments",
                "{\"startDate\": \"2032-01-01\", \"days\": 2, \"recordsPerDay\": 10}").id();
        alice.post("/api/deployments/" + newer + "/run-next", null).expect(202);
        Api bob = as("bob");
        String bobsSchema = bob.post("/api/schemas", schemaJson("Bob's " + UUID.randomUUID())).expect(201).id();
        String bobs = bob.post("/api/schemas/" + bobsSchema + "/deployments", "{\"startDate\": \"2032-01-01\"}").id();

        JsonNode listed = alice.get("/api/deployments?schemaId=" + schemaId).expect(200).json();
        JsonNode all = alice.get("/api/deployments?size=1000").expect(200).json();
        JsonNode bobsList = bob.get("/api/deployments?size=1000").expect(200).json();

        assertThat(listed.get("content").valueStream().map(d -> d.get("id").asString())).containsExactly(newer, older);
        JsonNode newest = listed.get("content").get(0);
        assertThat(newest.get("schemaName").asString()).startsWith("Orders ");
        assertThat(newest.get("batches").get(0).get("status").asString()).isIn("QUEUED", "RUNNING", "COMPLETED");
        assertThat(listed.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(all.get("content").valueStream().map(d -> d.get("id").asString())).contains(newer, older).doesNotContain(bobs);
        assertThat(bobsList.get("content").valueStream().map(d -> d.get("id").asString())).contains(bobs).doesNotContain(newer, older);
        assertThat(bob.get("/api/deployments?schemaId=" + schemaId).expect(200).json().get("content")).isEmpty();
    }

    private JsonNode awaitBatches(String id, int count) {
        return Waits.until("the scheduler to run " + count + " batches of deployment " + id,
                () -> alice.get("/api/deployments/" + id).expect(200).json(), deployment -> deployment.get("batches").size() >= count);
    }

    private List<String> batchLines(JsonNode batch) throws Exception {
        String job = batch.get("generationJobId").asString();
        Jobs.awaitCompleted(alice, "/api/generate/" + job + "/status");
        HttpResponse<InputStream> download = alice.stream("/api/generate/" + job + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream body = download.body()) {
            List<String> lines = new String(body.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(1, lines.size());
        }
    }
}
