package dev.synthesis.app.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TemplateApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api alice = as("alice");
    private final Api bob = as("bob");

    @Test
    void listsTheDomainTemplatesWithTheirTables() {
        JsonNode list = alice.get("/api/templates").expect(200).json();

        assertThat(list.valueStream().map(template -> template.get("id").asString()))
                .contains("finance", "healthcare", "retail", "insurance", "telecom", "logistics", "hr", "education", "iot", "marketing");
        JsonNode retail = list.valueStream().filter(template -> template.get("id").asString().equals("retail")).findFirst().orElseThrow();
        assertThat(retail.get("domain").asString()).isEqualTo("retail");
        assertThat(retail.get("tables").valueStream().map(table -> table.get("name").asString()))
                .containsExactly("customers", "products", "orders", "order_items");
        assertThat(retail.get("tables").get(0).get("fieldCount").asInt()).isPositive();
        assertThat(retail.get("relationshipCount").asInt()).isEqualTo(3);
        assertThat(retail.has("dataset")).as("the list leaves the definitions out").isFalse();
    }

    @Test
    void showsATemplateWithItsDefinitionAndFiveRowsOfEveryTable() {
        JsonNode healthcare = alice.get("/api/templates/healthcare").expect(200).json();

        assertThat(healthcare.get("dataset").get("tables")).hasSize(3);
        assertThat(healthcare.get("dataset").get("relationships").get(1).get("sequence").get("orderBy").asString()).isEqualTo("measured_at");
        assertThat(healthcare.get("defaultRootRows").get("patients").asLong()).isEqualTo(1000);
        JsonNode preview = healthcare.get("preview");
        assertThat(preview.get("patients")).hasSize(5);
        assertThat(preview.get("vitals")).hasSize(5);
        String visit = preview.get("visits").get(0).get("patient_id").asString();
        assertThat(preview.get("patients").valueStream().map(patient -> patient.get("patient_id").asString())).contains(visit);
        JsonNode plan = JSON.readTree(preview.get("visits").get(0).get("treatment_plan").asString());
        assertThat(plan.get("meds").size()).as("the declared nested treatment plan: %s", plan).isBetween(1, 4);
    }

    @Test
    void anUnknownTemplateIsNotFoundAndTheAnswerNamesTheKnownOnes() {
        Response detail = alice.get("/api/templates/bakery");
        Response instantiate = alice.post("/api/templates/bakery/instantiate", null);

        assertThat(detail.status()).isEqualTo(404);
        assertThat(detail.json().get("type").asString()).isEqualTo("urn:synthesis:problem:not-found");
        assertThat(detail.json().get("detail").asString()).contains("bakery").contains("finance").contains("retail");
        assertThat(instantiate.status()).isEqualTo(404);
    }

    @Test
    void instantiatingTwiceInOneTenantMakesTwoDatasetsWithTheTemplatesTablesAndLinks() {
        JsonNode first = alice.post("/api/templates/retail/instantiate", null).expect(201).json();
        Response again = alice.post("/api/templates/retail/instantiate", "{}");

        JsonNode second = again.expect(201).json();
        assertThat(again.headers().getLocation().toString()).isEqualTo("/api/datasets/" + second.get("id").asString());
        assertThat(second.get("name").asString()).isNotEqualTo(first.get("name").asString()).startsWith("retail");
        for (JsonNode created : new JsonNode[] {first, second}) {
            JsonNode read = alice.get("/api/datasets/" + created.get("id").asString()).expect(200).json();
            assertThat(read.get("tables").valueStream().map(table -> table.get("name").asString()))
                    .containsExactly("customers", "products", "orders", "order_items");
            assertThat(read.get("relationships").valueStream().map(link -> link.get("parent").asString() + "->" + link.get("child").asString()))
                    .containsExactly("customers->orders", "orders->order_items", "products->order_items");
        }
        assertThat(second.get("tables").get(0).get("schemaId").asString()).isNotEqualTo(first.get("tables").get(0).get("schemaId").asString());
    }

    @Test
    void aChosenNameIsUsedAsGivenAndRefusedOnceTaken() {
        String name = "My bank " + UUID.randomUUID();

        JsonNode created = alice.post("/api/templates/finance/instantiate", "{\"name\": \"%s\"}".formatted(name)).expect(201).json();
        Response taken = alice.post("/api/templates/finance/instantiate", "{\"name\": \"%s\"}".formatted(name));

        assertThat(created.get("name").asString()).isEqualTo(name);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).contains(name);
    }

    @Test
    void anotherTenantCannotSeeTheInstantiatedDataset() {
        String id = alice.post("/api/templates/iot/instantiate", null).expect(201).json().get("id").asString();

        assertThat(bob.get("/api/datasets/" + id).status()).isEqualTo(404);
        assertThat(bob.get("/api/datasets?size=1000").expect(200).json().toString()).doesNotContain(id);
        assertThat(alice.get("/api/datasets/" + id).status()).isEqualTo(200);
    }
}
