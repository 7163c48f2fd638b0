package dev.synthesis.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DatasetApiIT extends IntegrationTest {

    private final Api alice = as("alice");
    private final Api bob = as("bob");

    /** Table names are the schemas' names, unique in the tenant: suffixed per test, as tests run at once. */
    private String customers;
    private String accounts;
    private String customersId;
    private String accountsId;

    @BeforeEach
    void givenCustomersAndAccountsSchemas() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        customers = "customers_" + suffix;
        accounts = "accounts_" + suffix;
        customersId = alice.post("/api/schemas", """
                {"name": "%s", "fields": [
                  {"name": "customer_id", "type": "string", "constraints": {"required": true, "unique": true, "pattern": "C[0-9]{6}"}},
                  {"name": "age", "type": "integer", "constraints": {"min": 18, "max": 90}}]}""".formatted(customers)).id();
        accountsId = alice.post("/api/schemas", """
                {"name": "%s", "fields": [
                  {"name": "account_id", "type": "string", "constraints": {"required": true, "unique": true, "pattern": "A[0-9]{7}"}},
                  {"name": "customer_id", "type": "string", "constraints": {"required": true}},
                  {"name": "balance", "type": "number", "constraints": {"min": 0, "max": 10000}}]}""".formatted(accounts)).id();
    }

    @Test
    void createsReadsUpdatesAndDeletesADatasetOfSchemas() {
        Response created = alice.post("/api/datasets", dataset("Bank " + UUID.randomUUID(), relationship("customer_id")));
        String location = created.expect(201).headers().getLocation().toString();

        JsonNode read = alice.get(location).expect(200).json();
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("tables")).extracting(t -> t.get("name").asString() + ":" + t.get("schemaId").asString()
                + ":" + t.get("schemaVersion").asInt() + ":" + t.get("fieldCount").asInt())
                .containsExactly(customers + ":" + customersId + ":1:2", accounts + ":" + accountsId + ":1:3");
        assertThat(read.get("relationships").get(0).get("cardinality").asString()).isEqualTo("one-to-many");

        String renamed = "Renamed " + UUID.randomUUID();
        JsonNode updated = alice.put(location, dataset(renamed, relationship("customer_id")), null).expect(200).json();
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(alice.get("/api/datasets?size=1000").expect(200).json().get("content").valueStream()
                .map(d -> d.get("name").asString())).contains(renamed);

        assertThat(alice.delete(location, null).status()).isEqualTo(204);
        assertThat(alice.get(location).status()).isEqualTo(404);
        assertThat(alice.delete("/api/schemas/" + customersId, null).status()).as("no live dataset uses it any more").isEqualTo(204);
    }

    @Test
    void otherTenantGetsNotFoundForEverythingOfADataset() {
        String name = "Acme only " + UUID.randomUUID();
        String location = alice.post("/api/datasets", dataset(name, relationship("customer_id"))).expect(201)
                .headers().getLocation().toString();

        assertThat(bob.get(location).status()).isEqualTo(404);
        assertThat(bob.put(location, dataset("Hijacked", List.of()), null).status()).isEqualTo(404);
        assertThat(bob.delete(location, null).status()).isEqualTo(404);
        assertThat(bob.post(location + "/preview", null).status()).isEqualTo(404);
        assertThat(bob.get("/api/datasets?size=1000").body()).doesNotContain(name);
        assertThat(bob.post("/api/datasets", dataset("Bob's " + UUID.randomUUID(), List.of())).status())
                .as("alice's schemas as bob's tables").isEqualTo(404);
        assertThat(alice.get(location).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void refusesRelationshipsThatDoNotFitTheTablesNamingThem() {
        Response refused = alice.post("/api/datasets", dataset("Bad " + UUID.randomUUID(), relationship("client_id")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:synthesis:problem:invalid-dataset");
        assertThat(refused.json().get("errors")).isNotEmpty()
                .allSatisfy(error -> assertThat(error.get("path").asString()).isEqualTo("relationships"));
        assertThat(refused.json().get("detail").asString()).contains("client_id");
    }

    @Test
    void refusesARequestWithoutTablesBeforeLookingAtIt() {
        Response refused = alice.post("/api/datasets", """
                {"name": " ", "tableSchemaIds": []}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("name").contains("tableSchemaIds");
    }

    @Test
    void aSchemaUsedAsATableCannotBeDeletedAndTheProblemNamesTheDataset() {
        String name = "Keeps its schemas " + UUID.randomUUID();
        alice.post("/api/datasets", dataset(name, relationship("customer_id"))).expect(201);

        Response refused = alice.delete("/api/schemas/" + accountsId, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("dataset '" + name + "'");
        assertThat(alice.get("/api/schemas/" + accountsId).status()).isEqualTo(200);
    }

    @Test
    void previewsRowsWhoseForeignKeysExistAmongTheParentsRows() {
        String location = alice.post("/api/datasets", dataset("Preview " + UUID.randomUUID(), relationship("customer_id")))
                .expect(201).headers().getLocation().toString();

        JsonNode tables = alice.post(location + "/preview?rows=5", null).expect(200).json().get("tables");

        Set<String> customerIds = new HashSet<>();
        tables.get(customers).forEach(row -> customerIds.add(row.get("customer_id").asString()));
        assertThat(tables.get(customers)).hasSize(5);
        assertThat(tables.get(accounts)).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(row -> assertThat(customerIds).contains(row.get("customer_id").asString()));
        assertThat(alice.post(location + "/preview?rows=21", null).status()).isEqualTo(400);
    }

    private String dataset(String name, List<String> relationships) {
        return """
                {"name": "%s", "domain": "finance", "tableSchemaIds": ["%s", "%s"], "relationships": [%s]}"""
                .formatted(name, customersId, accountsId, String.join(",", relationships));
    }

    private List<String> relationship(String childKey) {
        return List.of("""
                {"parent": "%s", "parentKey": "customer_id", "child": "%s", "childKey": "%s",
                 "children": {"min": 0, "max": 3}}""".formatted(customers, accounts, childKey));
    }
}
