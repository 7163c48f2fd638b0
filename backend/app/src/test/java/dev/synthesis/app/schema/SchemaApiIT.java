package dev.synthesis.app.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaApiIT extends IntegrationTest {

    private final Api alice = as("alice");

    @Test
    void createsAndReadsASchemaInTheProposalShape() {
        Response created = alice.post("/api/schemas", schemaJson("Patients " + UUID.randomUUID()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        String location = created.expect(201).headers().getLocation().toString();
        JsonNode read = alice.get(location).json();
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("fields").get(1).get("constraints").get("max").asInt()).isEqualTo(120);
        assertThat(read.get("targetVolume").get("days").asInt()).isEqualTo(7);
        assertThat(read.get("privacySettings").get("syntheticRatio").asDouble()).isEqualTo(100.0);
    }

    @Test
    void aSchemaDesignedFromScratchHasNoSourceSeedAndNamesWhoSavedEachVersion() {
        String location = alice.post("/api/schemas", schemaJson("Scratch " + UUID.randomUUID())).expect(201)
                .headers().getLocation().toString();

        JsonNode read = alice.get(location).expect(200).json();

        assertThat(read.has("sourceSeedId")).isTrue();
        assertThat(read.get("sourceSeedId").isNull()).isTrue();
        assertThat(read.get("updatedBy").asString()).isEqualTo("alice");
        assertThat(alice.get("/api/schemas?size=100").json().get("content").valueStream()
                .filter(schema -> location.endsWith(schema.get("id").asString())))
                .singleElement().satisfies(schema -> assertThat(schema.get("updatedBy").asString()).isEqualTo("alice"));
    }

    @Test
    void aSchemaDetectedFromASeedKeepsItsSeedAcrossVersions() {
        Jobs.Seeded seeded = Jobs.seeded(alice, "From seed", 50);
        String location = "/api/schemas/" + seeded.schemaId();
        JsonNode first = alice.get(location).expect(200).json();

        JsonNode second = alice.put(location, seeded.schema().toString(), "\"1\"").expect(200).json();

        assertThat(first.get("sourceSeedId").asString()).isEqualTo(seeded.seedId());
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("sourceSeedId").asString()).isEqualTo(seeded.seedId());
        assertThat(alice.get(location + "/versions/1").json().get("sourceSeedId").asString()).isEqualTo(seeded.seedId());
    }

    @Test
    void everyChangeMakesANewImmutableVersion() {
        String name = "Versioned " + UUID.randomUUID();
        String location = alice.post("/api/schemas", schemaJson(name)).expect(201).headers().getLocation().toString();

        Response updated = alice.put(location, schemaJson(name).replace("\"days\": 7", "\"days\": 30"), "\"1\"");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"2\"");
        assertThat(alice.get(location + "/versions").json()).extracting(v -> v.get("version").asInt()).containsExactly(2, 1);
        assertThat(alice.get(location + "/versions/1").json().get("targetVolume").get("days").asInt()).isEqualTo(7);
        assertThat(alice.get(location + "/versions/2").json().get("targetVolume").get("days").asInt()).isEqualTo(30);
        assertThat(alice.get(location + "/versions/3").status()).isEqualTo(404);
    }

    @Test
    void takesBackTheAnswerItGaveButRefusesAnUnknownPropertyByName() {
        String name = "Read back " + UUID.randomUUID();
        String location = alice.post("/api/schemas", schemaJson(name)).expect(201).headers().getLocation().toString();
        String answer = alice.get(location).expect(200).body();

        Response readBack = alice.put(location, answer.replace("\"days\":7", "\"days\":8"), "\"1\"");
        Response typo = alice.put(location, schemaJson(name).replace("\"domain\"", "\"domian\""), "\"2\"");

        assertThat(readBack.status()).as(readBack.body()).isEqualTo(200);
        assertThat(readBack.json().get("targetVolume").get("days").asInt()).isEqualTo(8);
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("detail").asString()).startsWith("domian: is not a property here; known properties are");
    }

    @Test
    void detectsAConcurrentEditInsteadOfLosingIt() {
        String name = "Contended " + UUID.randomUUID();
        String location = alice.post("/api/schemas", schemaJson(name)).expect(201).headers().getLocation().toString();
        alice.put(location, schemaJson(name), "\"1\"");

        Response stale = alice.put(location, schemaJson(name).replace("test", "mine"), "\"1\"");
        Response blind = alice.put(location, schemaJson(name), null);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:synthesis:problem:version-mismatch");
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.json().get("updatedBy").asString()).isEqualTo("alice");
        assertThat(stale.json().get("updatedAt").asString()).isEqualTo(alice.get(location).json().get("updatedAt").asString());
        assertThat(blind.status()).isEqualTo(428);
        assertThat(alice.get(location).json().get("description").asString()).isEqualTo("test");
    }

    @Test
    void rejectsAnInvalidSchemaNamingEveryBadField() {
        String invalid = """
                {"name": "Bad", "fields": [
                  {"name": "age", "type": "integer", "constraints": {"min": 10, "max": 1}},
                  {"name": "code", "type": "string", "constraints": {"pattern": "[a-"}}]}""";

        Response response = alice.post("/api/schemas", invalid);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:synthesis:problem:invalid-schema");
        assertThat(response.json().get("errors")).extracting(e -> e.get("path").asString())
                .containsExactlyInAnyOrder("fields[0].constraints.min", "fields[1].constraints.pattern");
    }

    @Test
    void explainsUnreadableJsonByPath() {
        Response response = alice.post("/api/schemas", """
                {"name": "Typo", "fields": [{"name": "a", "type": "strnig"}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("fields[0].type").contains("strnig");
    }

    @Test
    void refusesASecondLiveSchemaWithTheSameName() {
        String name = "Unique " + UUID.randomUUID();
        alice.post("/api/schemas", schemaJson(name));

        Response duplicate = alice.post("/api/schemas", schemaJson(name.toUpperCase()));

        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void deletedSchemasDisappearButNamesCanBeReused() {
        String name = "Deleted " + UUID.randomUUID();
        String location = alice.post("/api/schemas", schemaJson(name)).expect(201).headers().getLocation().toString();

        assertThat(alice.delete(location, "\"1\"").status()).isEqualTo(204);

        assertThat(alice.get(location).status()).isEqualTo(404);
        assertThat(alice.get(location + "/versions").status()).isEqualTo(404);
        assertThat(alice.post("/api/schemas", schemaJson(name)).status()).isEqualTo(201);
    }

    @Test
    void listsPagedNewestFirstAndRefusesUnknownSortKeys() {
        String prefix = "Paged " + UUID.randomUUID() + " ";
        for (String suffix : new String[] {"c", "a", "b"}) {
            alice.post("/api/schemas", schemaJson(prefix + suffix));
        }

        JsonNode page = alice.get("/api/schemas?size=2&sort=createdAt,desc").json();
        Response badSort = alice.get("/api/schemas?sort=tenantId");

        assertThat(page.get("content")).hasSize(2);
        assertThat(page.get("content").get(0).get("name").asString()).isEqualTo(prefix + "b");
        assertThat(page.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(badSort.status()).isEqualTo(400);
    }
}
