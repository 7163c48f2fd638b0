package dev.synthesis.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the schema designer asks before anything is saved: the field models to choose from and a live sample. */
class DesignerIT extends IntegrationTest {

    private final Api alice = as("alice");

    @Test
    void listsTheEnginesModelsWithWhatEachDoesAndWhatAutoSuggests() {
        JsonNode models = alice.get("/api/models").expect(200).json();

        assertThat(models.valueStream().map(m -> m.get("name").asString())).contains("auto", "categorical", "numeric", "pattern", "fake");
        assertThat(models).allSatisfy(m -> assertThat(m.get("explanation").asString()).isNotBlank());
        JsonNode pattern = models.valueStream().filter(m -> m.get("name").asString().equals("pattern")).findFirst().orElseThrow();
        assertThat(pattern.get("fieldTypes").valueStream().map(JsonNode::asString)).containsExactly("string");
        assertThat(models.valueStream().flatMap(m -> m.get("suggestedFor").valueStream()).map(JsonNode::asString))
                .as("auto suggests exactly one model per field type")
                .containsExactlyInAnyOrder("string", "number", "integer", "boolean", "date", "datetime", "json", "array");
        assertThat(anonymous().get("/api/models").status()).isEqualTo(401);
    }

    @Test
    void samplesAnUnsavedSchemaWhosePatternValuesMatchThePattern() {
        String draft = "Draft " + UUID.randomUUID();
        Response preview = alice.post("/api/schemas/preview?rows=30", """
                {"name": "%s", "fields": [
                  {"name": "code", "type": "string", "constraints": {"pattern": "[A-Z]{2}-[0-9]{4}"}},
                  {"name": "tier", "type": "string", "constraints": {"enum": ["gold", "silver"]}}]}""".formatted(draft));

        JsonNode sample = preview.expect(200).json();
        assertThat(sample.get("source").asString()).isEqualTo("schema-only");
        assertThat(sample.get("columns").valueStream().map(JsonNode::asString)).containsExactly("code", "tier");
        assertThat(sample.get("rows")).hasSize(30).allSatisfy(row -> {
            assertThat(Pattern.matches("[A-Z]{2}-[0-9]{4}", row.get(0).asString())).as(row.toString()).isTrue();
            assertThat(row.get(1).asString()).isIn("gold", "silver");
        });
        assertThat(alice.get("/api/schemas?size=1000").json().get("content").valueStream().map(JsonNode::toString))
                .as("a preview saves nothing").noneMatch(schema -> schema.contains(draft));
    }

    @Test
    void refusesAnInvalidOrHugePatternNamingItsPath() {
        Response invalid = alice.post("/api/schemas/preview", """
                {"name": "Draft", "fields": [{"name": "code", "type": "string", "constraints": {"pattern": "[a-"}}]}""");
        Response huge = alice.post("/api/schemas/preview", """
                {"name": "Draft", "fields": [{"name": "id", "type": "integer"},
                  {"name": "blob", "type": "string", "constraints": {"pattern": "x{0,2000000000}"}}]}""");
        Response tooMany = alice.post("/api/schemas/preview?rows=101", """
                {"name": "Draft", "fields": [{"name": "id", "type": "integer"}]}""");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("type").asString()).isEqualTo("urn:synthesis:problem:invalid-schema");
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("path").asString()).containsExactly("fields[0].constraints.pattern");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors")).extracting(e -> e.get("path").asString()).containsExactly("fields[1].constraints.pattern");
        assertThat(tooMany.status()).isEqualTo(400);
    }
}
