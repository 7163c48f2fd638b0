package dev.synthesis.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Three related seeds made here: 40 customers, 100 accounts of them, 400 transactions of those and 3 orphans. */
class DatasetFromSeedsIT extends IntegrationTest {

    private static final int CUSTOMERS = 40;
    private static final int ACCOUNTS = 100;
    private static final int TRANSACTIONS = 400;
    private static final int ORPHANS = 3;

    private final Api alice = as("alice");
    private static List<String> seedIds;

    /** Once, in the first test: the app runs from then on; the methods of a class run one after another. */
    @BeforeEach
    void givenThreeRelatedSeeds() {
        if (seedIds != null) {
            return;
        }
        Random random = new Random(13);
        StringBuilder customers = new StringBuilder("customer_id,age,segment\n");
        for (int c = 1; c <= CUSTOMERS; c++) {
            customers.append("C%04d,%d,%s%n".formatted(c, 18 + random.nextInt(60), random.nextBoolean() ? "retail" : "premium"));
        }
        StringBuilder accounts = new StringBuilder("account_id,customer_id,opened,balance\n");
        for (int a = 1; a <= ACCOUNTS; a++) {
            accounts.append("A%05d,C%04d,2024-%02d-%02d,%.2f%n".formatted(a, 1 + random.nextInt(CUSTOMERS),
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextDouble() * 5_000));
        }
        StringBuilder transactions = new StringBuilder("transaction_id,account_id,amount\n");
        for (int t = 1; t <= TRANSACTIONS + ORPHANS; t++) {
            int account = t <= TRANSACTIONS ? 1 + random.nextInt(ACCOUNTS) : 90_000 + t;
            transactions.append("T%06d,A%05d,%.2f%n".formatted(t, account, random.nextDouble() * 300));
        }
        seedIds = List.of(upload("customers.csv", customers), upload("accounts.csv", accounts),
                upload("transactions.csv", transactions));
    }

    @Test
    void detectionProposesTheKeysAndLinksAndReportsOrphans() {
        JsonNode detected = alice.post("/api/datasets/detect", detectRequest()).expect(200).json();

        assertThat(detected.get("tables")).extracting(t -> t.get("name").asString() + "." + t.get("primaryKey").asString())
                .containsExactly("customers.customer_id", "accounts.account_id", "transactions.transaction_id");
        assertThat(detected.get("tables").get(2).get("seedId").asString()).isEqualTo(seedIds.get(2));
        assertThat(detected.get("relationships")).extracting(p -> link(p.get("relationship")))
                .contains("accounts.customer_id -> customers.customer_id", "transactions.account_id -> accounts.account_id");
        assertThat(detected.get("orphans")).singleElement().satisfies(orphans -> {
            assertThat(orphans.get("child").asString() + "." + orphans.get("childKey").asString()).isEqualTo("transactions.account_id");
            assertThat(orphans.get("rows").asLong()).isEqualTo(ORPHANS);
        });
    }

    @Test
    void createsTheAcceptedProposalWithOneSchemaPerSeed() {
        JsonNode detected = alice.post("/api/datasets/detect", detectRequest()).expect(200).json();
        String name = "Bank " + UUID.randomUUID();

        JsonNode created = alice.post("/api/datasets/from-seeds", fromSeeds(name, detected)).expect(201).json();

        assertThat(created.get("tables")).extracting(t -> t.get("name").asString())
                .containsExactly("customers", "accounts", "transactions");
        assertThat(created.get("relationships")).hasSizeGreaterThanOrEqualTo(2);
        JsonNode transactionsSchema = alice.get("/api/schemas/" + created.get("tables").get(2).get("schemaId").asString())
                .expect(200).json();
        assertThat(transactionsSchema.get("sourceSeedId").asString()).isEqualTo(seedIds.get(2));
        assertThat(transactionsSchema.get("name").asString()).isEqualTo(name + " - transactions");
    }

    @Test
    void createsNothingWhenOneTableIsBad() {
        JsonNode detected = alice.post("/api/datasets/detect", detectRequest()).expect(200).json();
        String name = "All or nothing " + UUID.randomUUID();
        ((ObjectNode) detected.get("tables").get(2).get("schema").get("fields").get(2))
                .putObject("constraints").put("min", 10).put("max", 1);

        Response refused = alice.post("/api/datasets/from-seeds", fromSeeds(name, detected));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("path").asString()).contains("tables[2].fields[2].constraints.min");
        String schemas = alice.get("/api/schemas?size=1000").expect(200).body();
        assertThat(schemas).doesNotContain(name);
        assertThat(alice.get("/api/datasets?size=1000").expect(200).body()).doesNotContain(name);
    }

    @Test
    void aSecondDatasetMayHaveTablesOfTheSameNamesButNotTheSameName() {
        JsonNode detected = alice.post("/api/datasets/detect", detectRequest()).expect(200).json();
        String name = "Twice " + UUID.randomUUID();
        alice.post("/api/datasets/from-seeds", fromSeeds(name, detected)).expect(201);

        Response again = alice.post("/api/datasets/from-seeds", fromSeeds(name.toUpperCase(), detected));
        Response other = alice.post("/api/datasets/from-seeds", fromSeeds(name + " too", detected));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("dataset");
        assertThat(other.status()).isEqualTo(201);
    }

    @Test
    void otherTenantCannotDetectOrBuildOnTheSeeds() {
        Api bob = as("bob");
        JsonNode detected = alice.post("/api/datasets/detect", detectRequest()).expect(200).json();

        assertThat(bob.post("/api/datasets/detect", detectRequest()).status()).isEqualTo(404);
        assertThat(bob.post("/api/datasets/from-seeds", fromSeeds("Stolen " + UUID.randomUUID(), detected)).status()).isEqualTo(404);
    }

    private String detectRequest() {
        return "{\"seedIds\": [\"" + String.join("\", \"", seedIds) + "\"]}";
    }

    /** The detection accepted as it is: every table with its seed, every proposed relationship. */
    private static String fromSeeds(String name, JsonNode detected) {
        StringBuilder tables = new StringBuilder();
        detected.get("tables").forEach(table -> tables.append(tables.isEmpty() ? "" : ",")
                .append("{\"seedId\": \"").append(table.get("seedId").asString()).append("\", \"schema\": ")
                .append(table.get("schema")).append('}'));
        StringBuilder relationships = new StringBuilder();
        detected.get("relationships").forEach(proposal -> relationships.append(relationships.isEmpty() ? "" : ",")
                .append(proposal.get("relationship")));
        return "{\"name\": \"%s\", \"tables\": [%s], \"relationships\": [%s]}".formatted(name, tables, relationships);
    }

    private static String link(JsonNode relationship) {
        return relationship.get("child").asString() + "." + relationship.get("childKey").asString() + " -> "
                + relationship.get("parent").asString() + "." + relationship.get("parentKey").asString();
    }

    private String upload(String fileName, StringBuilder csv) {
        return alice.upload(fileName, csv.toString().getBytes(StandardCharsets.UTF_8)).expect(201).id();
    }
}
