package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Downloads;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Tokens;
import dev.synthesis.app.support.Uploads;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Live progress over Server-Sent Events, fed through Redis. */
class JobEventsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api alice = as("alice");
    private String schemaId;

    @BeforeEach
    void givenATrainedSchema() {
        String seedId = Uploads.upload(Tokens.of("alice"), "customers.csv", Jobs.customersCsv(400).getBytes(StandardCharsets.UTF_8))
                .json().get("id").asString();
        schemaId = alice.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"Events " + UUID.randomUUID() + "\"}")
                .json().get("id").asString();
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId))
                .json().get("id").asString();
        Jobs.awaitFinished(alice, "/api/train/" + run + "/status");
    }

    @Test
    void followsAJobFromStartToItsScoresAndThenCloses() throws Exception {
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 3000000}".formatted(schemaId))
                .json().get("id").asString();

        List<JsonNode> events = readAll(Downloads.get(Tokens.of("alice"), "/api/jobs/" + id + "/events"));

        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events).extracting(e -> e.get("rowsDone").asLong()).isSorted();
        JsonNode last = events.getLast();
        assertThat(last.get("finished").asBoolean()).isTrue();
        assertThat(last.get("phase").asString()).isEqualTo("completed");
        assertThat(last.get("rowsDone").asLong()).isEqualTo(3_000_000);
        assertThat(last.get("qualityScore").asDouble()).isPositive();
        assertThat(events).anySatisfy(e -> assertThat(e.get("rowsPerSecond").asDouble()).isPositive());
    }

    @Test
    void aFinishedJobGivesItsLastStateAndCloses() throws Exception {
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 100}".formatted(schemaId)).json().get("id").asString();
        Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        List<JsonNode> events = readAll(Downloads.get(Tokens.of("alice"), "/api/jobs/" + id + "/events"));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.get("finished").asBoolean()).isTrue());
    }

    @Test
    void otherTenantCannotFollowTheJob() {
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 100}".formatted(schemaId)).json().get("id").asString();

        assertThat(Downloads.get(Tokens.of("bob"), "/api/jobs/" + id + "/events").statusCode()).isEqualTo(404);
        Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");
    }

    private static List<JsonNode> readAll(HttpResponse<InputStream> stream) throws Exception {
        assertThat(stream.statusCode()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    events.add(JSON.readTree(line.substring("data:".length())));
                }
            }
        }
        return events;
    }
}
