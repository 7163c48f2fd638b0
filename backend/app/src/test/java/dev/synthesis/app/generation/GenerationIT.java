package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.DuckDb;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.ObjectStore;
import dev.synthesis.app.support.TenantSql;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Generation jobs of one schema trained once for the class: its tests only add jobs to it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(5)
class GenerationIT extends IntegrationTest {

    private final Api alice = as("alice");
    private Seeded customers;
    @TempDir
    Path folder;

    /** Not static: the app, and so the API, exists once the test instance does. */
    @BeforeAll
    void givenASchemaTrainedOnASeed() {
        customers = Jobs.trained(alice, "Gen", 1_000);
    }


    @Test
    void generatesValidRowsInPartitionsThatJoinIntoOneScoredFile() throws IOException {
        long rows = 4 * ROWS_PER_PARTITION;
        String id = customers.generate(alice, "\"rows\": %d, \"seed\": 11".formatted(rows));

        JsonNode finished = Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");

        assertThat(finished.get("partitions").asInt()).isEqualTo(4);
        assertThat(finished.get("trainingRunId").isNull()).isFalse();
        assertThat(finished.get("qualityScore").asDouble()).isBetween(0.01, 1.0);
        assertThat(finished.get("privacyScore").asDouble()).isBetween(0.01, 1.0);
        assertThat(finished.get("utilityScore").asDouble()).isEqualTo(finished.get("qualityScore").asDouble());
        assertThat(finished.get("generationTime").asDouble()).isPositive();
        TypedTable typed = typedDownload(id);
        assertThat(typed.rows().rowCount() + typed.rejectedRows()).isEqualTo(rows);
        assertThat(typed.errors()).isEmpty();
        JsonNode metrics = alice.get("/api/generate/" + id + "/metrics").expect(200).json();
        assertThat(metrics.get("qualityScore").asDouble()).isCloseTo(finished.get("qualityScore").asDouble(), within(0.00005));
        assertThat(metrics.get("utilityScore").asDouble()).isEqualTo(metrics.get("qualityScore").asDouble());
        assertThat(metrics.get("privacyScore").asDouble()).isCloseTo(finished.get("privacyScore").asDouble(), within(0.00005));
        assertThat(metrics.get("generationTime").asDouble()).isPositive();
        JsonNode timing = metrics.get("generation");
        assertThat(timing.get("rows").asLong()).isEqualTo(rows);
        assertThat(timing.get("seconds").asDouble()).isPositive();
        assertThat(timing.get("rowsPerSecond").asDouble())
                .isCloseTo(rows / timing.get("seconds").asDouble(), withPercentage(0.1));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        String first = downloadText(generate("\"rows\": 2000, \"seed\": 5, \"gzip\": false"));
        String second = downloadText(generate("\"rows\": 2000, \"seed\": 5, \"gzip\": false"));
        String other = downloadText(generate("\"rows\": 2000, \"seed\": 6, \"gzip\": false"));

        assertThat(first).isEqualTo(second).isNotEqualTo(other);
        assertThat(first.lines()).hasSize(2001);
    }

    @Test
    void otherTenantCannotFollowScoreOrDownloadAJob() {
        String id = generate("\"rows\": 100, \"format\": \"jsonl\"");
        Api bob = as("bob");

        assertThat(bob.get("/api/generate/" + id + "/status").status()).isEqualTo(404);
        assertThat(bob.get("/api/generate/" + id + "/metrics").status()).isEqualTo(404);
        assertThat(bob.stream("/api/generate/" + id + "/download").statusCode()).isEqualTo(404);
        assertThat(bob.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(customers.schemaId())).status())
                .isEqualTo(404);
        assertThat(bob.get("/api/generate").expect(200).json().get("content").valueStream().map(job -> job.get("id").asString()))
                .doesNotContain(id);
        assertThat(bob.get("/api/train?schemaId=" + customers.schemaId()).expect(200).json().get("content").isEmpty()).isTrue();
    }

    @Test
    void aSchemaOnlyJobHasTimingButNoScores() {
        Seeded untrained = Jobs.seeded(alice, "Untrained", 100);
        String id = untrained.generate(alice, "\"rows\": 500");
        JsonNode finished = Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");

        JsonNode metrics = alice.get("/api/generate/" + id + "/metrics").expect(200).json();

        assertThat(finished.get("trainingRunId").isNull()).isTrue();
        assertThat(finished.get("qualityScore").isNull()).isTrue();
        assertThat(metrics.get("note").asString()).contains("schema alone");
        assertThat(metrics.get("generation").get("rows").asLong()).isEqualTo(500);
    }

    @Test
    void listsTheSchemasJobsAndTrainingRunsNewestFirst() {
        String older = generate("\"rows\": 100");
        String newer = generate("\"rows\": 100");

        JsonNode jobs = alice.get("/api/generate?schemaId=" + customers.schemaId() + "&size=2").expect(200).json();
        JsonNode runs = alice.get("/api/train?schemaId=" + customers.schemaId()).expect(200).json();

        assertThat(jobs.get("content").valueStream().map(job -> job.get("id").asString())).containsExactly(newer, older);
        assertThat(jobs.get("content").valueStream().map(job -> job.get("schemaId").asString()))
                .containsOnly(customers.schemaId());
        assertThat(jobs.get("content").valueStream().map(job -> job.get("schemaName").asString()))
                .containsOnly(alice.get("/api/schemas/" + customers.schemaId()).json().get("name").asString());
        JsonNode completed = Jobs.awaitCompleted(alice, "/api/generate/" + newer + "/status");
        assertThat(completed.get("rowsWritten").asLong()).isEqualTo(100);
        assertThat(runs.get("content")).hasSize(1);
        assertThat(runs.get("content").get(0).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(alice.get("/api/generate?size=1").expect(200).json().get("page").get("totalElements").asLong())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void cancelsARunningJobAndKeepsNoPartOfItsOutput() throws Exception {
        String id = customers.generate(alice, "\"rows\": 20000000");

        Api.Response cancel = alice.post("/api/generate/" + id + "/cancel", null);
        JsonNode finished = Jobs.awaitFinished(alice, "/api/generate/" + id + "/status");

        assertThat(cancel.status()).isEqualTo(202);
        assertThat(finished.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(finished.get("rowsWritten").asLong()).as("only finished partitions count as written")
                .isGreaterThanOrEqualTo(0).isLessThan(finished.get("rows").asLong());
        assertThat(finished.get("qualityScore").isNull()).isTrue();
        assertThat(alice.get("/api/generate/" + id + "/download").status()).isEqualTo(409);
        assertThat(alice.post("/api/generate/" + id + "/cancel", null).status()).isEqualTo(409);
        assertThat(ObjectStore.keysUnder("tenants/acme/outputs/" + id + "/")).isEmpty();
    }

    @Test
    void alsoWritesEveryRowOnceIntoTheSyntheticDataTableWithTheDatasetsScores() throws Exception {
        long rows = 3 * ROWS_PER_PARTITION;
        String id = generate("\"rows\": %d, \"sink\": \"table\", \"seed\": 3".formatted(rows));
        JsonNode finished = alice.get("/api/generate/" + id + "/status").expect(200).json();

        long[] acme = TenantSql.countRowsOfJob("acme", id);
        long[] globex = TenantSql.countRowsOfJob("globex", id);

        assertThat(acme).containsExactly(rows, rows, 0L, rows - 1);
        assertThat(globex[0]).isZero();
        assertThat(TenantSql.scoresOfJobRows("acme", id)).singleElement().satisfies(scores -> {
            assertThat(scores.get(0).doubleValue()).isEqualTo(finished.get("qualityScore").asDouble());
            assertThat(scores.get(1).doubleValue()).isEqualTo(finished.get("privacyScore").asDouble());
        });
    }

    /** Their executions and partitions are created in the job repository at the same moment. */
    @Test
    void jobsStartedAtTheSameMomentAllComplete() {
        List<String> started = IntStream.range(0, 4)
                .mapToObj(seed -> customers.generate(alice, "\"rows\": %d, \"seed\": %d".formatted(2 * ROWS_PER_PARTITION + 1, 100 + seed)))
                .toList();

        started.forEach(id -> Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status"));
    }

    /** On a schema of its own: it changes the schema and trains it again. */
    @Test
    void mixesRealRowsWhenTheSchemaAsksForLessThanAllSyntheticAndScoresThePrivacyLoss() {
        Seeded mixed = Jobs.trained(alice, "Mixed", 1_000);
        String fullySynthetic = mixed.generate(alice, "\"rows\": 20000, \"seed\": 4");
        double fullySyntheticPrivacy = Jobs.awaitCompleted(alice, "/api/generate/" + fullySynthetic + "/status")
                .get("privacyScore").asDouble();
        JsonNode current = alice.get("/api/schemas/" + mixed.schemaId()).expect(200).json();
        String halfReal = current.toString().replaceFirst("\"syntheticRatio\":100(\\.0)?", "\"syntheticRatio\":50");
        alice.put("/api/schemas/" + mixed.schemaId(), halfReal, "\"1\"").expect(200);

        Api.Response untrained = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(mixed.schemaId()));
        mixed.train(alice);
        String halfRealJob = mixed.generate(alice, "\"rows\": 20000, \"seed\": 4");
        JsonNode halfRealStatus = Jobs.awaitCompleted(alice, "/api/generate/" + halfRealJob + "/status");

        assertThat(untrained.status()).isEqualTo(400);
        assertThat(untrained.json().get("detail").asString()).contains("syntheticRatio");
        assertThat(halfRealStatus.get("realShare").asDouble()).isEqualTo(0.5);
        assertThat(halfRealStatus.get("privacyScore").asDouble()).isLessThan(fullySyntheticPrivacy - 0.1);
    }

    @Test
    void refusesImpossibleRequests() {
        assertThat(alice.post("/api/generate", request("\"rows\": 0")).status()).isEqualTo(400);
        assertThat(alice.post("/api/generate", request("\"rows\": 5, \"format\": \"avro\"")).expect(400)
                .json().get("detail").asString()).contains("format");
        assertThat(alice.post("/api/generate", request("\"rows\": 5, \"format\": \"parquet\", \"gzip\": true")).expect(400)
                .json().get("detail").asString()).contains("Parquet files are compressed inside; gzip does not apply");
        assertThat(alice.post("/api/generate", request("\"rows\": 5, \"sink\": \"kafka\"")).status()).isEqualTo(400);
        assertThat(alice.post("/api/generate", request("\"rows\": 5, \"format\": \"xlsx\", \"gzip\": true")).status())
                .isEqualTo(400);
    }

    @Test
    void deliversParquetOfOnePartAsTheFileItselfWithTypedColumns() throws IOException, SQLException {
        String id = generate("\"rows\": 2000, \"seed\": 3, \"format\": \"parquet\"");

        HttpResponse<InputStream> download = alice.stream("/api/generate/" + id + "/download");

        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/vnd.apache.parquet");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(".parquet\"");
        Path file = Files.createTempFile(folder, "one-part-", ".parquet");
        try (InputStream body = download.body()) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(DuckDb.count(file.toString())).isEqualTo(2000);
        assertThat(DuckDb.columnTypes(file.toString())).as("typed columns, not all text").contains("BIGINT").doesNotContain("BLOB");
    }

    @Test
    void deliversParquetOfSeveralPartsAsAZipOfCompleteFilesThatAGlobReads() throws IOException, SQLException {
        long rows = 2 * ROWS_PER_PARTITION;
        String id = generate("\"rows\": %d, \"seed\": 4, \"format\": \"parquet\"".formatted(rows));

        HttpResponse<InputStream> download = alice.stream("/api/generate/" + id + "/download");

        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> names = new ArrayList<>();
        Path unzipped = Files.createTempDirectory(folder, "parts-");
        try (ZipInputStream zip = new ZipInputStream(download.body())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                Files.copy(zip, unzipped.resolve(entry.getName()));
            }
        }
        assertThat(names).containsExactly("part-00000.parquet", "part-00001.parquet");
        assertThat(DuckDb.count(unzipped.resolve("part-*.parquet").toString())).isEqualTo(rows);
    }

    private String request(String options) {
        return "{\"schemaId\": \"%s\", %s}".formatted(customers.schemaId(), options);
    }

    private String generate(String options) {
        String id = customers.generate(alice, options);
        Jobs.awaitCompleted(alice, "/api/generate/" + id + "/status");
        return id;
    }

    private TypedTable typedDownload(String id) throws IOException {
        HttpResponse<InputStream> download = alice.stream("/api/generate/" + id + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        DataSchema schema = JsonMapper.builder().build().treeToValue(customers.schema(), DataSchema.class);
        try (InputStream csv = new GZIPInputStream(download.body())) {
            Table raw = SeedReader.read(csv, "out.csv", SeedFormat.CSV, ReadLimits.DEFAULTS);
            return TableTyping.type(raw, schema);
        }
    }

    private String downloadText(String id) throws IOException {
        HttpResponse<InputStream> download = alice.stream("/api/generate/" + id + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream body = download.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
