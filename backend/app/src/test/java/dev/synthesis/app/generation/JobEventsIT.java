package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Downloads;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.ServerSentEvents;
import dev.synthesis.app.support.Tokens;
import dev.synthesis.app.support.Uploads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Live progress of generation jobs and training runs over Server-Sent Events, fed through Redis. */
class JobEventsIT extends IntegrationTest {

    private final Api alice = as("alice");
    private String schemaId;
    private String seedId;

    @BeforeEach
    void givenATrainedSchema() {
        seedId = Uploads.upload(Tokens.of("alice"), "customers.csv", Jobs.customersCsv(400).getBytes(StandardCharsets.UTF_8))
                .json().get("id").asString();
        schemaId = alice.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"Events " + UUID.randomUUID() + "\"}")
                .json().get("id").asString();
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId))
                .json().get("id").asString();
        Jobs.awaitFinished(alice, "/api/train/" + run + "/status");
    }

    @Test
    void followsAJobFromStartToItsScoresAndThenCloses() {
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 3000000}".formatted(schemaId))
                .json().get("id").asString();

        List<JsonNode> events = ServerSentEvents.readAll(Downloads.get(Tokens.of("alice"), "/api/jobs/" + id + "/events"));

        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events).extracting(e -> e.get("rowsDone").asLong()).isSorted();
        JsonNode last = events.getLast();
        assertThat(last.get("finished").asBoolean()).isTrue();
        assertThat(last.get("phase").asString()).isEqualTo("completed");
        assertThat(last.get("rowsDone").asLong()).isEqualTo(3_000_000);
        assertThat(last.get("qualityScore").asDouble()).isPositive();
        assertThat(events).anySatisfy(e -> assertThat(e.get("rowsPerSecond").asDouble()).isPositive());
        assertThat(events).as("scores are measured first, so rows arrive with them")
                .filteredOn(e -> e.get("phase").asString().equals("generating") && e.get("rowsDone").asLong() > 0)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("qualityScore").asDouble()).isEqualTo(last.get("qualityScore").asDouble()));
    }

    @Test
    void aFinishedJobGivesItsLastStateAndCloses() {
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 100}".formatted(schemaId)).json().get("id").asString();
        Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        List<JsonNode> events = ServerSentEvents.readAll(Downloads.get(Tokens.of("alice"), "/api/jobs/" + id + "/events"));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.get("finished").asBoolean()).isTrue());
    }

    @Test
    void followsATrainingRunToo() {
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId))
                .json().get("id").asString();

        List<JsonNode> events = ServerSentEvents.readAll(Downloads.get(Tokens.of("alice"), "/api/jobs/" + run + "/events"));

        JsonNode last = events.getLast();
        assertThat(last.get("finished").asBoolean()).isTrue();
        assertThat(last.get("phase").asString()).isEqualTo("completed");
        assertThat(last.get("rowsDone").asLong()).isPositive();
        assertThat(Downloads.get(Tokens.of("bob"), "/api/jobs/" + run + "/events").statusCode()).isEqualTo(404);
    }

    @Test
    void otherTenantCannotFollowTheJob() {
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 100}".formatted(schemaId)).json().get("id").asString();

        assertThat(Downloads.get(Tokens.of("bob"), "/api/jobs/" + id + "/events").statusCode()).isEqualTo(404);
        Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");
    }
}
