package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.ServerSentEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Progress is a convenience: an app whose Redis cannot be reached still trains and generates, its
 * status comes from the job tables, and live events fall back to polling them.
 */
@Order(4)
class RedisDownIT extends IntegrationTest {

    private static final long ROWS = 20 * ROWS_PER_PARTITION;

    @Test
    void jobsFinishAndEventsFallBackToTheJobTablesWithoutRedis() throws Exception {
        Seeded customers = Jobs.seeded(as("alice"), "No Redis", 500);
        String nowhere = "redis://localhost:" + AppProcess.freePort();

        try (AppProcess app = AppProcess.start("redis-down", Map.of("SYNTHESIS_REDIS_URL", nowhere))) {
            Api alice = app.as("alice");
            String run = customers.train(alice);
            String job = customers.generate(alice, "\"rows\": %d, \"seed\": 8".formatted(ROWS));

            List<JsonNode> events = ServerSentEvents.readAll(alice.stream("/api/jobs/" + job + "/events"));
            JsonNode status = alice.get("/api/generate/" + job + "/status").expect(200).json();

            assertThat(alice.get("/api/train/" + run + "/status").expect(200).json().get("status").asString()).isEqualTo("COMPLETED");
            assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("COMPLETED");
            assertThat(events).hasSizeGreaterThanOrEqualTo(2);
            assertThat(events.getFirst().get("phase").asString()).isIn("queued", "running");
            JsonNode last = events.getLast();
            assertThat(last.get("finished").asBoolean()).isTrue();
            assertThat(last.get("phase").asString()).isEqualTo("completed");
            assertThat(last.get("rowsDone").asLong()).isEqualTo(ROWS);
            assertThat(last.get("qualityScore").asDouble()).isEqualTo(status.get("qualityScore").asDouble());
        }
    }
}
