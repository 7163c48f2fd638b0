package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.ServerSentEvents;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Live progress of generation jobs and training runs over Server-Sent Events, fed through Redis. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobEventsIT extends IntegrationTest {

    private static final long ROWS = 20 * ROWS_PER_PARTITION;

    private final Api alice = as("alice");
    private Seeded customers;

    @BeforeAll
    void givenATrainedSchema() {
        customers = Jobs.trained(alice, "Events", 400);
    }

    @Test
    void followsAJobFromStartToItsScoresAndThenCloses() {
        String id = customers.generate(alice, "\"rows\": " + ROWS);

        List<JsonNode> events = ServerSentEvents.readAll(alice.stream("/api/jobs/" + id + "/events"));

        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events).extracting(e -> e.get("rowsDone").asLong()).isSorted();
        JsonNode last = events.getLast();
        assertThat(last.get("finished").asBoolean()).isTrue();
        assertThat(last.get("phase").asString()).isEqualTo("completed");
        assertThat(last.get("rowsDone").asLong()).isEqualTo(ROWS);
        assertThat(last.get("qualityScore").asDouble()).isPositive();
        assertThat(events).anySatisfy(e -> assertThat(e.get("rowsPerSecond").asDouble()).isPositive());
        assertThat(events).as("scores are measured first, so rows arrive with them")
                .filteredOn(e -> e.get("phase").asString().equals("generating") && e.get("rowsDone").asLong() > 0)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("qualityScore").asDouble()).isEqualTo(last.get("qualityScore").asDouble()));
    }

    @Test
    void aFinishedJobGivesItsLastStateAndCloses() {
        String id = customers.generate(alice, "\"rows\": 100");
        Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        List<JsonNode> events = ServerSentEvents.readAll(alice.stream("/api/jobs/" + id + "/events"));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.get("finished").asBoolean()).isTrue());
    }

    @Test
    void followsATrainingRunToo() {
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}"
                .formatted(customers.schemaId(), customers.seedId())).expect(202).id();

        List<JsonNode> events = ServerSentEvents.readAll(alice.stream("/api/jobs/" + run + "/events"));

        JsonNode last = events.getLast();
        assertThat(last.get("finished").asBoolean()).isTrue();
        assertThat(last.get("phase").asString()).isEqualTo("completed");
        assertThat(last.get("rowsDone").asLong()).isPositive();
        assertThat(as("bob").stream("/api/jobs/" + run + "/events").statusCode()).isEqualTo(404);
    }

    @Test
    void otherTenantCannotFollowTheJob() {
        String id = customers.generate(alice, "\"rows\": 100");

        assertThat(as("bob").stream("/api/jobs/" + id + "/events").statusCode()).isEqualTo(404);
        Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");
    }
}
