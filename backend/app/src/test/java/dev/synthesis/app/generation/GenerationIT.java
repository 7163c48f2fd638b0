package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Downloads;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.ObjectStore;
import dev.synthesis.app.support.TenantSql;
import dev.synthesis.app.support.Tokens;
import dev.synthesis.app.support.Uploads;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedFormat;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GenerationIT extends IntegrationTest {

    private final Api alice = as("alice");
    private String schemaId;
    private String seedId;
    private DataSchema schema;

    @BeforeEach
    void givenASchemaTrainedOnASeed() {
        seedId = Uploads.upload(Tokens.of("alice"), "customers.csv", Jobs.customersCsv(1_000).getBytes(StandardCharsets.UTF_8))
                .json().get("id").asString();
        JsonNode created = alice.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"Gen " + UUID.randomUUID() + "\"}").json();
        schemaId = created.get("id").asString();
        schema = JsonMapper.builder().build().treeToValue(created.get("schema"), DataSchema.class);
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId))
                .json().get("id").asString();
        assertThat(Jobs.awaitFinished(alice, "/api/train/" + run + "/status").get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void generatesAMillionValidRowsInPartitionsAndScoresThem() throws IOException {
        JsonNode job = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 1000000, \"seed\": 11}".formatted(schemaId)).json();
        String id = job.get("id").asString();

        JsonNode finished = Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("COMPLETED");
        assertThat(finished.get("partitions").asInt()).isEqualTo(2);
        assertThat(finished.get("trainingRunId").isNull()).isFalse();
        assertThat(finished.get("qualityScore").asDouble()).isBetween(1.0, 100.0);
        assertThat(finished.get("privacyScore").asDouble()).isBetween(1.0, 100.0);
        HttpResponse<InputStream> download = Downloads.get(Tokens.of("alice"), "/api/generate/" + id + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        TypedTable typed;
        try (InputStream csv = new GZIPInputStream(download.body())) {
            Table raw = SeedReader.read(csv, "out.csv", SeedFormat.CSV, ReadLimits.DEFAULTS);
            typed = TableTyping.type(raw, schema);
        }
        assertThat(typed.rows().rowCount() + typed.rejectedRows()).isEqualTo(1_000_000);
        assertThat(typed.errors()).isEmpty();
        JsonNode metrics = alice.get("/api/generate/" + id + "/metrics").json();
        assertThat(metrics.get("qualityScore").asDouble()).isBetween(0.01, 1.0);
        JsonNode timing = metrics.get("generation");
        assertThat(timing.get("rows").asLong()).isEqualTo(1_000_000);
        assertThat(timing.get("seconds").asDouble()).isPositive();
        assertThat(timing.get("rowsPerSecond").asDouble())
                .isCloseTo(1_000_000 / timing.get("seconds").asDouble(), withPercentage(0.1));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        String first = downloadText(generate("{\"schemaId\": \"%s\", \"rows\": 2000, \"seed\": 5, \"gzip\": false}"));
        String second = downloadText(generate("{\"schemaId\": \"%s\", \"rows\": 2000, \"seed\": 5, \"gzip\": false}"));
        String other = downloadText(generate("{\"schemaId\": \"%s\", \"rows\": 2000, \"seed\": 6, \"gzip\": false}"));

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
        assertThat(first.lines()).hasSize(2001);
    }

    @Test
    void otherTenantCannotFollowScoreOrDownloadAJob() {
        String id = generate("{\"schemaId\": \"%s\", \"rows\": 100, \"format\": \"jsonl\"}");
        Api bob = as("bob");

        assertThat(bob.get("/api/generate/" + id + "/status").status()).isEqualTo(404);
        assertThat(bob.get("/api/generate/" + id + "/metrics").status()).isEqualTo(404);
        assertThat(Downloads.get(Tokens.of("bob"), "/api/generate/" + id + "/download").statusCode()).isEqualTo(404);
        assertThat(bob.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(schemaId)).status()).isEqualTo(404);
        assertThat(bob.get("/api/generate").json().get("content").valueStream().map(job -> job.get("id").asString()))
                .doesNotContain(id);
        assertThat(bob.get("/api/train?schemaId=" + schemaId).json().get("content").isEmpty()).isTrue();
    }

    @Test
    void aSchemaOnlyJobHasTimingButNoScores() {
        String untrained = alice.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"Untrained " + UUID.randomUUID() + "\"}")
                .json().get("id").asString();
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 500}".formatted(untrained)).json().get("id").asString();
        JsonNode finished = Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        JsonNode metrics = alice.get("/api/generate/" + id + "/metrics").json();

        assertThat(finished.get("trainingRunId").isNull()).isTrue();
        assertThat(finished.get("qualityScore").isNull()).isTrue();
        assertThat(metrics.get("note").asString()).contains("schema alone");
        assertThat(metrics.get("generation").get("rows").asLong()).isEqualTo(500);
    }

    @Test
    void listsTheSchemasJobsAndTrainingRunsNewestFirst() {
        String older = generate("{\"schemaId\": \"%s\", \"rows\": 100}");
        String newer = generate("{\"schemaId\": \"%s\", \"rows\": 100}");

        JsonNode jobs = alice.get("/api/generate?schemaId=" + schemaId + "&size=2").json();
        JsonNode runs = alice.get("/api/train?schemaId=" + schemaId).json();

        assertThat(jobs.get("content").valueStream().map(job -> job.get("id").asString())).containsExactly(newer, older);
        assertThat(jobs.get("content").valueStream().map(job -> job.get("schemaId").asString())).containsOnly(schemaId);
        assertThat(runs.get("content")).hasSize(1);
        assertThat(runs.get("content").get(0).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(alice.get("/api/generate?size=1").json().get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void cancelsARunningJobAndKeepsNoPartOfItsOutput() throws Exception {
        String id = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 20000000}".formatted(schemaId))
                .json().get("id").asString();

        Api.Response cancel = alice.post("/api/generate/" + id + "/cancel", null);
        JsonNode finished = Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        assertThat(cancel.status()).isEqualTo(202);
        assertThat(finished.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(finished.get("qualityScore").isNull()).isTrue();
        assertThat(alice.get("/api/generate/" + id + "/download").status()).isEqualTo(409);
        assertThat(alice.post("/api/generate/" + id + "/cancel", null).status()).isEqualTo(409);
        assertThat(ObjectStore.keysUnder("tenants/acme/outputs/" + id + "/")).isEmpty();
    }

    @Test
    void alsoWritesEveryRowOnceIntoTheSyntheticDataTableWithTheDatasetsScores() throws Exception {
        String id = generate("{\"schemaId\": \"%s\", \"rows\": 1200000, \"sink\": \"table\", \"seed\": 3}");
        JsonNode finished = alice.get("/api/generate/" + id + "/status").json();

        long[] acme = TenantSql.countRowsOfJob("acme", id);
        long[] globex = TenantSql.countRowsOfJob("globex", id);

        assertThat(acme).containsExactly(1_200_000L, 1_200_000L, 0L, 1_199_999L);
        assertThat(globex[0]).isZero();
        assertThat(TenantSql.scoresOfJobRows("acme", id)).singleElement().satisfies(scores -> {
            assertThat(scores.get(0).doubleValue()).isEqualTo(finished.get("qualityScore").asDouble());
            assertThat(scores.get(1).doubleValue()).isEqualTo(finished.get("privacyScore").asDouble());
        });
    }

    @Test
    void mixesRealRowsWhenTheSchemaAsksForLessThanAllSyntheticAndScoresThePrivacyLoss() {
        double fullySynthetic = alice.get("/api/generate/" + generate("{\"schemaId\": \"%s\", \"rows\": 20000, \"seed\": 4}")
                + "/status").json().get("privacyScore").asDouble();
        JsonNode current = alice.get("/api/schemas/" + schemaId).json();
        String halfReal = current.toString().replaceFirst("\"syntheticRatio\":100(\\.0)?", "\"syntheticRatio\":50");
        assertThat(alice.put("/api/schemas/" + schemaId, halfReal, "\"1\"").status()).isEqualTo(200);

        Api.Response untrained = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(schemaId));
        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId))
                .json().get("id").asString();
        Jobs.awaitFinished(alice, "/api/train/" + run + "/status");
        JsonNode mixed = alice.get("/api/generate/" + generate("{\"schemaId\": \"%s\", \"rows\": 20000, \"seed\": 4}")
                + "/status").json();

        assertThat(untrained.status()).isEqualTo(400);
        assertThat(untrained.json().get("detail").asString()).contains("syntheticRatio");
        assertThat(mixed.get("realShare").asDouble()).isEqualTo(0.5);
        assertThat(mixed.get("privacyScore").asDouble()).isLessThan(fullySynthetic - 10);
    }

    @Test
    void refusesImpossibleRequests() {
        assertThat(alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 0}".formatted(schemaId)).status()).isEqualTo(400);
        assertThat(alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 5, \"format\": \"parquet\"}".formatted(schemaId))
                .json().get("detail").asString()).contains("format");
        assertThat(alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 5, \"sink\": \"kafka\"}".formatted(schemaId))
                .status()).isEqualTo(400);
        assertThat(alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 5, \"format\": \"xlsx\", \"gzip\": true}"
                .formatted(schemaId)).status()).isEqualTo(400);
    }

    private String generate(String template) {
        String id = alice.post("/api/generate", template.formatted(schemaId)).json().get("id").asString();
        assertThat(Jobs.awaitFinished(alice, "/api/generate/" + id + "/status").get("status").asString()).isEqualTo("COMPLETED");
        return id;
    }

    private static String downloadText(String id) throws IOException {
        try (InputStream body = Downloads.get(Tokens.of("alice"), "/api/generate/" + id + "/download").body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
