package dev.synthesis.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrainingIT extends IntegrationTest {

    private final Api alice = as("alice");
    private String seedId;
    private String schemaId;

    @BeforeEach
    void givenASeedAndTheSchemaDetectedFromIt() {
        Seeded customers = Jobs.seeded(alice, "Customers", 500);
        seedId = customers.seedId();
        schemaId = customers.schemaId();
    }

    @Test
    void trainsOnTheSeedMinusAHoldoutAndRecordsAModelPerField() {
        Response started = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId));

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("status").asString()).isEqualTo("QUEUED");
        JsonNode finished = Jobs.awaitFinished(alice, "/api/train/" + started.json().get("id").asString() + "/status");
        assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("COMPLETED");
        assertThat(finished.get("trainingRows").asLong() + finished.get("holdoutRows").asLong()).isEqualTo(500);
        assertThat(finished.get("holdoutRows").asLong()).isBetween(90L, 110L);
        JsonNode models = alice.get("/api/train/" + finished.get("id").asString() + "/models").expect(200).json();
        assertThat(models).extracting(m -> m.get("field").asString()).containsExactlyInAnyOrder("age", "income", "segment");
        assertThat(models).allSatisfy(m -> assertThat(m.get("modelType").asString()).isNotBlank());
        assertThat(models).allSatisfy(m -> assertThat(m.get("trainingMetrics").get("jointModel").get("model").asString())
                .as("the joint model the training report names").isIn("gaussian-copula", "sequential-trees"));
        assertThat(alice.delete("/api/seeds/" + seedId, null).status()).isEqualTo(409);
    }

    @Test
    void previewsFromTheSchemaAloneThenFromTheTrainedModel() {
        JsonNode before = alice.post("/api/schemas/" + schemaId + "/preview?rows=20", null).expect(200).json();
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId)).id();
        Jobs.awaitCompleted(alice, "/api/train/" + run + "/status");

        JsonNode after = alice.post("/api/schemas/" + schemaId + "/preview?rows=20", null).expect(200).json();

        assertThat(before.get("source").asString()).isEqualTo("schema-only");
        assertThat(after.get("source").asString()).isEqualTo("trained");
        assertThat(after.get("trainingRunId").asString()).isEqualTo(run);
        assertThat(after.get("rows")).hasSize(20);
        assertThat(after.get("columns")).extracting(JsonNode::asString).containsExactly("age", "income", "segment");
    }

    @Test
    void otherTenantCannotTrainOnOrFollowAcmesRuns() {
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId)).id();
        Api bob = as("bob");

        assertThat(bob.get("/api/train/" + run + "/status").status()).isEqualTo(404);
        assertThat(bob.get("/api/train/" + run + "/models").status()).isEqualTo(404);
        assertThat(bob.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId)).status())
                .isEqualTo(404);
        assertThat(bob.post("/api/schemas/" + schemaId + "/preview", null).status()).isEqualTo(404);
        Jobs.awaitFinished(alice, "/api/train/" + run + "/status");
    }

    @Test
    void appliesThePrivacyAndQualityPresetsOfTheGenerationScreen() {
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\", \"privacy\": \"maximum\", \"quality\": \"high\"}"
                .formatted(schemaId, seedId)).id();

        JsonNode finished = Jobs.awaitFinished(alice, "/api/train/" + run + "/status");

        assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("COMPLETED");
        assertThat(finished.get("privacy").asString()).isEqualTo("maximum");
        assertThat(finished.get("holdoutShare").asDouble()).isEqualTo(0.1);
        assertThat(finished.get("holdoutRows").asLong()).isBetween(35L, 65L);
        assertThat(finished.get("epsilonSpent").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(1.0);
    }

    @Test
    void refusesAnUnknownPreset() {
        Api.Response refused = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\", \"privacy\": \"paranoid\"}"
                .formatted(schemaId, seedId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("standard, high or maximum");
    }

    @Test
    void refusesARequestWithoutASeed() {
        Response refused = alice.post("/api/train", "{\"schemaId\": \"%s\"}".formatted(schemaId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("seedId");
    }
}
