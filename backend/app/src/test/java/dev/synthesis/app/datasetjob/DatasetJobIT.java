package dev.synthesis.app.datasetjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Waits;
import dev.synthesis.engine.provenance.JwkSet;
import dev.synthesis.engine.provenance.Manifest;
import dev.synthesis.engine.provenance.ManifestJson;
import dev.synthesis.engine.provenance.ManifestVerifier;
import dev.synthesis.engine.provenance.SignedManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A bank dataset made here (customers → accounts → transactions, 300 customers with 0 to 4
 * accounts each and 0 to 19 transactions per account), trained once for the class; its tests
 * generate from it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetJobIT extends IntegrationTest {

    private final Api alice = as("alice");
    private String datasetId;

    @BeforeAll
    void givenATrainedThreeTableDataset() {
        Random random = new Random(21);
        StringBuilder customers = new StringBuilder("customer_id,age,segment\n");
        StringBuilder accounts = new StringBuilder("account_id,customer_id,balance\n");
        StringBuilder transactions = new StringBuilder("transaction_id,account_id,amount\n");
        int account = 0;
        int transaction = 0;
        for (int c = 1; c <= 300; c++) {
            int age = 18 + random.nextInt(60);
            customers.append("C%05d,%d,%s%n".formatted(c, age, random.nextBoolean() ? "retail" : "premium"));
            for (int a = random.nextInt(5); a > 0; a--) {
                account++;
                accounts.append("A%06d,C%05d,%.2f%n".formatted(account, c, age * 100 + random.nextDouble() * 2_000));
                for (int t = random.nextInt(20); t > 0; t--) {
                    transactions.append("T%07d,A%06d,%.2f%n".formatted(++transaction, account, random.nextDouble() * 300));
                }
            }
        }
        List<String> seeds = List.of(upload("customers.csv", customers), upload("accounts.csv", accounts),
                upload("transactions.csv", transactions));
        datasetId = fromSeeds("Bank " + UUID.randomUUID(), seeds);
        String seedsByTable = "{\"seeds\": {\"customers\": \"%s\", \"accounts\": \"%s\", \"transactions\": \"%s\"}}"
                .formatted(seeds.get(0), seeds.get(1), seeds.get(2));
        JsonNode run = alice.post("/api/datasets/" + datasetId + "/train", seedsByTable).expect(202).json();
        JsonNode trained = Jobs.awaitCompleted(alice, "/api/datasets/" + datasetId + "/training");
        assertThat(trained.get("id")).isEqualTo(run.get("id"));
        assertThat(trained.get("seeds").propertyNames()).containsExactlyInAnyOrder("customers", "accounts", "transactions");
    }

    @Test
    void generatesAHundredThousandTransactionsInPartsWithIntactKeysAndAScoredReport() throws IOException {
        long started = System.nanoTime();
        String id = generate("{\"rootRows\": {\"customers\": 7500}, \"seed\": 3, \"format\": \"csv\"}");

        JsonNode job = Jobs.awaitCompleted(alice, "/api/dataset-jobs/" + id);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, List<String[]>> tables = unzipCsv(download("/api/dataset-jobs/" + id + "/download"));

        System.out.printf("dataset job: %d rows in %.1f s (%.0f rows/s), %d parts, rows per table %s, relationships %s%n",
                job.get("rows").asLong(), seconds, job.get("rows").asLong() / seconds, job.get("partitions").asInt(),
                job.get("rowsPerTable"), job.path("report").path("relationships"));
        assertThat(job.get("trainingRunId").asString()).isEqualTo(alice.get("/api/datasets/" + datasetId + "/training").json()
                .get("id").asString());
        assertThat(job.get("partitions").asInt()).isEqualTo(4);
        assertThat(job.get("rowsPerTable").get("transactions").asLong()).isBetween(100_000L, 180_000L);
        assertThat(job.get("rowsWritten").asLong()).isEqualTo(job.get("rows").asLong());
        assertThat(tables.get("transactions")).hasSize((int) job.get("rowsPerTable").get("transactions").asLong());
        Set<String> customerIds = uniqueColumn(tables.get("customers"), 0);
        Set<String> accountIds = uniqueColumn(tables.get("accounts"), 0);
        uniqueColumn(tables.get("transactions"), 0);
        assertThat(tables.get("accounts")).allSatisfy(row -> assertThat(customerIds).contains(row[1]));
        assertThat(tables.get("transactions")).allSatisfy(row -> assertThat(accountIds).contains(row[1]));
        JsonNode report = job.get("report");
        assertThat(report.get("relationships")).hasSize(2).allSatisfy(link -> {
            assertThat(link.get("cardinalityShapeSimilarity").asDouble()).isGreaterThan(0.8);
            assertThat(link.get("danglingKeys").asLong()).isZero();
        });
        assertThat(download("/api/dataset-jobs/" + id + "/tables/customers/download").length).isPositive();
    }

    @Test
    void completedJobsManifestVerifiesAgainstTheWellKnownKeysAndEachTableDownloadMatches() {
        // given a completed job of several parts per table
        String id = generate("{\"rootRows\": {\"customers\": 3000}, \"seed\": 5, \"format\": \"jsonl\"}");
        JsonNode job = Jobs.awaitCompleted(alice, "/api/dataset-jobs/" + id);
        assertThat(job.get("partitions").asInt()).isGreaterThan(1);

        // when a recipient checks its manifest with the published keys
        SignedManifest signed = SignedManifest.parse(alice.get("/api/dataset-jobs/" + id + "/manifest").expect(200).body()
                .getBytes(StandardCharsets.UTF_8));
        JwkSet keys = ManifestJson.read(anonymous().get("/.well-known/synthesis/signing-keys.json").expect(200).body(), JwkSet.class);
        Manifest manifest = ManifestVerifier.verify(signed, keys).manifest();

        // then it states the job's dataset, model, seed and rows, and each table's download is its parts
        assertThat(manifest.job()).isEqualTo(new Manifest.Job(UUID.fromString(id), "dataset"));
        assertThat(manifest.schema().id()).hasToString(datasetId);
        assertThat(manifest.schema().sha256()).hasSize(64);
        assertThat(manifest.model().trainingRun()).hasToString(job.get("trainingRunId").asString());
        assertThat(manifest.rows()).isEqualTo(new Manifest.Rows(5, 0, job.get("rows").asLong()));
        assertThat(manifest.output().format()).isEqualTo("jsonl");
        assertThat(manifest.scores().quality()).isEqualTo(job.get("report").get("quality").asDouble());
        assertThat(manifest.privacy().enabled()).isFalse();
        assertThat(manifest.output().tables()).extracting(Manifest.Table::name)
                .containsExactly("customers", "accounts", "transactions");
        for (Manifest.Table table : manifest.output().tables()) {
            byte[] download = download("/api/dataset-jobs/" + id + "/tables/" + table.name() + "/download");
            assertThat(table.rows()).isEqualTo(job.get("rowsPerTable").get(table.name()).asLong());
            assertThat(table.parts()).hasSize(job.get("partitions").asInt());
            ManifestVerifier.verifyTable(manifest, table.name(), new ByteArrayInputStream(download));
            download[download.length / 2] ^= 0x01;
            assertThatThrownBy(() -> ManifestVerifier.verifyTable(manifest, table.name(), new ByteArrayInputStream(download)))
                    .hasMessageContaining("of table " + table.name());
        }
    }

    @Test
    void theSqlScriptLoadsIntoPostgresqlWithItsForeignKeysAndRefusesADanglingKey() throws Exception {
        String id = generate("{\"rootRows\": {\"customers\": 500}, \"seed\": 4, \"format\": \"sql\"}");
        JsonNode job = Jobs.awaitCompleted(alice, "/api/dataset-jobs/" + id);
        String script = new String(download("/api/dataset-jobs/" + id + "/download"), StandardCharsets.UTF_8);

        Map<String, Long> loaded = SqlLoad.intoFreshSchema(script);
        String tampered = SqlLoad.withDanglingTransaction(script);

        assertThat(loaded).containsEntry("transactions", job.get("rowsPerTable").get("transactions").asLong())
                .containsEntry("customers", 500L);
        assertThatThrownBy(() -> SqlLoad.intoFreshSchema(tampered)).hasMessageContaining("foreign key");
    }

    @Test
    void otherTenantSeesNeitherTheJobNorTheDataset() {
        String id = generate("{\"rootRows\": {\"customers\": 50}}");
        Api bob = as("bob");

        assertThat(bob.get("/api/dataset-jobs/" + id).status()).isEqualTo(404);
        assertThat(bob.post("/api/dataset-jobs/" + id + "/cancel", null).status()).isEqualTo(404);
        assertThat(bob.stream("/api/dataset-jobs/" + id + "/download").statusCode()).isEqualTo(404);
        Jobs.awaitCompleted(alice, "/api/dataset-jobs/" + id);
        assertThat(bob.get("/api/dataset-jobs/" + id + "/manifest").expect(404).headers().getFirst("Content-Type"))
                .isEqualTo("application/problem+json");
        assertThat(bob.post("/api/datasets/" + datasetId + "/generate", "{}").status()).isEqualTo(404);
        assertThat(bob.post("/api/datasets/" + datasetId + "/train", "{}").status()).isEqualTo(404);
        assertThat(bob.get("/api/dataset-jobs?datasetId=" + datasetId).expect(200).json().get("content").isEmpty()).isTrue();
    }

    @Test
    void cancelsARunningJobAndKeepsNoOutput() {
        String id = generate("{\"rootRows\": {\"customers\": 2000000}}");
        Waits.until("the job to run", () -> alice.get("/api/dataset-jobs/" + id).expect(200).json(),
                job -> !job.get("status").asString().equals("QUEUED"));

        alice.post("/api/dataset-jobs/" + id + "/cancel", null).expect(202);
        JsonNode cancelled = Jobs.awaitFinished(alice, "/api/dataset-jobs/" + id);

        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("rowsWritten").asLong()).isLessThan(cancelled.get("rows").asLong());
        assertThat(alice.stream("/api/dataset-jobs/" + id + "/download").statusCode()).isEqualTo(409);
        assertThat(alice.get("/api/dataset-jobs/" + id + "/manifest").expect(409).body()).contains("CANCELLED");
    }

    @Test
    void refusesAJobLargerThanTheRowsPerJobBeforePlanningIt() {
        Api.Response refused = alice.post("/api/datasets/" + datasetId + "/generate", "{\"rootRows\": {\"customers\": 100000001}}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("limit").asString()).isEqualTo("rowsPerJob");
        assertThat(refused.json().get("requested").asLong()).isEqualTo(100_000_001L);
    }

    private String generate(String request) {
        return alice.post("/api/datasets/" + datasetId + "/generate", request).expect(202).id();
    }

    private byte[] download(String path) {
        HttpResponse<InputStream> response = alice.stream(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try (InputStream body = response.body()) {
            return body.readAllBytes();
        } catch (IOException failed) {
            throw new AssertionError(failed);
        }
    }

    private static Map<String, List<String[]>> unzipCsv(byte[] zip) throws IOException {
        Map<String, List<String[]>> tables = new HashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                List<String> lines = new String(entries.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
                tables.put(entry.getName().replace(".csv", ""), lines.stream().map(line -> line.split(",", -1)).toList());
            }
        }
        return tables;
    }

    private static Set<String> uniqueColumn(List<String[]> rows, int column) {
        Set<String> values = new HashSet<>();
        rows.forEach(row -> assertThat(values.add(row[column])).as("duplicate key %s", row[column]).isTrue());
        return values;
    }

    private String upload(String fileName, StringBuilder csv) {
        return alice.upload(fileName, csv.toString().getBytes(StandardCharsets.UTF_8)).expect(201).id();
    }

    /** The dataset as detection proposes it, with the two relationships stated here. */
    private String fromSeeds(String name, List<String> seeds) {
        JsonNode detected = alice.post("/api/datasets/detect", "{\"seedIds\": [\"" + String.join("\", \"", seeds) + "\"]}")
                .expect(200).json();
        StringBuilder tables = new StringBuilder();
        detected.get("tables").forEach(table -> tables.append(tables.isEmpty() ? "" : ",")
                .append("{\"seedId\": \"").append(table.get("seedId").asString()).append("\", \"schema\": ")
                .append(table.get("schema")).append('}'));
        String relationships = """
                {"parent": "customers", "parentKey": "customer_id", "child": "accounts", "childKey": "customer_id"},
                {"parent": "accounts", "parentKey": "account_id", "child": "transactions", "childKey": "account_id"}""";
        return alice.post("/api/datasets/from-seeds", "{\"name\": \"%s\", \"tables\": [%s], \"relationships\": [%s]}"
                .formatted(name, tables, relationships)).expect(201).id();
    }
}
