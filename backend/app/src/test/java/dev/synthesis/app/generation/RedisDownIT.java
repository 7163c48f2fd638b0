package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.Downloads;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.ServerSentEvents;
import dev.synthesis.app.support.Tokens;
import dev.synthesis.app.support.Uploads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Progress is a convenience: an app whose Redis cannot be reached still trains and generates, its
 * status comes from the job tables, and live events fall back to polling them.
 */
class RedisDownIT extends IntegrationTest {

    @Test
    void jobsFinishAndEventsFallBackToTheJobTablesWithoutRedis() throws Exception {
        String seedId = Uploads.upload(Tokens.of("alice"), "customers.csv", Jobs.customersCsv(500).getBytes(StandardCharsets.UTF_8))
                .json().get("id").asString();
        String schemaId = as("alice").post("/api/seeds/" + seedId + "/schema", "{\"name\": \"No Redis " + UUID.randomUUID() + "\"}")
                .json().get("id").asString();
        String nowhere = "redis://localhost:" + AppProcess.freePort();

        try (AppProcess app = AppProcess.start("redis-down", Map.of("SYNTHESIS_REDIS_URL", nowhere))) {
            Api alice = Api.as(app.url(), Tokens.of("alice"));
            String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId))
                    .json().get("id").asString();
            JsonNode trained = Jobs.awaitFinished(alice, "/api/train/" + run + "/status");
            String job = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 1500000, \"seed\": 8}".formatted(schemaId))
                    .json().get("id").asString();

            List<JsonNode> events = ServerSentEvents.readAll(Downloads.get(app.url(), Tokens.of("alice"), "/api/jobs/" + job + "/events"));
            JsonNode status = alice.get("/api/generate/" + job + "/status").json();

            assertThat(trained.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("COMPLETED");
            assertThat(events).hasSizeGreaterThanOrEqualTo(2);
            assertThat(events.getFirst().get("phase").asString()).isIn("queued", "running");
            JsonNode last = events.getLast();
            assertThat(last.get("finished").asBoolean()).isTrue();
            assertThat(last.get("phase").asString()).isEqualTo("completed");
            assertThat(last.get("rowsDone").asLong()).isEqualTo(1_500_000);
            assertThat(last.get("qualityScore").asDouble()).isEqualTo(status.get("qualityScore").asDouble());
        }
    }
}
