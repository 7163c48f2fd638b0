package dev.synthesis.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DataSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PATIENTS = """
            {
              "name": "Healthcare Patient Records",
              "domain": "healthcare",
              "fields": [
                {"name": "patient_id", "type": "string", "constraints": {"required": true, "unique": true, "pattern": "P[0-9]{6}"}},
                {"name": "age", "type": "integer", "constraints": {"min": 0, "max": 120}, "model": "VAE"},
                {"name": "admitted", "type": "date", "constraints": {"min": "2020-01-01", "max": "2024-12-31"}, "format": "dd/MM/yyyy"},
                {"name": "diagnosis", "type": "string", "model": "T5-Small", "privacyLevel": "high"},
                {"name": "email", "type": "string", "semanticKind": "email"},
                {"name": "ward", "type": "string", "constraints": {"enum": ["A", "B", "C"]}}
              ],
              "targetVolume": {"recordsPerDay": 10000, "days": 30},
              "privacySettings": {"differentialPrivacy": true, "epsilon": 1.0}
            }
            """;

    @Test
    void readsTheProposalShapeWithModelAliasesAndDefaults() {
        DataSchema schema = JSON.readValue(PATIENTS, DataSchema.class);

        assertThat(schema.violations()).isEmpty();
        assertThat(schema.field("age").orElseThrow().model()).isEqualTo(FieldModel.NUMERIC);
        assertThat(schema.field("diagnosis").orElseThrow().model()).isEqualTo(FieldModel.TEXT);
        assertThat(schema.field("ward").orElseThrow().privacyLevel()).isEqualTo(PrivacyLevel.MEDIUM);
        assertThat(schema.field("age").orElseThrow().constraints().min().asNumber()).hasValueSatisfying(
                min -> assertThat(min.intValue()).isZero());
        assertThat(schema.targetVolume().totalRecords()).isEqualTo(300_000);
        assertThat(schema.privacySettings().syntheticRatio()).isEqualTo(100.0);
    }

    @Test
    void roundTripsThroughJsonUnchanged() {
        DataSchema schema = JSON.readValue(PATIENTS, DataSchema.class);

        String written = JSON.writeValueAsString(schema);

        assertThat(JSON.readValue(written, DataSchema.class)).isEqualTo(schema);
        assertThat(written).contains("\"min\":0").contains("\"min\":\"2020-01-01\"").contains("\"model\":\"numeric\"");
    }

    @Test
    void namesEveryBrokenRuleWithItsPath() {
        DataSchema schema = new DataSchema(" ", null, null, List.of(
                        FieldDefinition.of("age", FieldType.INTEGER)
                                .withConstraints(new Constraints(Bound.of(10), Bound.of(5), null, null, null, false, false, null)),
                        FieldDefinition.of("AGE", FieldType.STRING)
                                .withConstraints(new Constraints(null, null, null, null, "[a-", false, false, null)),
                        FieldDefinition.of("flag", FieldType.BOOLEAN)
                                .withConstraints(new Constraints(null, null, null, null, null, true, true, null)),
                        FieldDefinition.of("score", FieldType.NUMBER)
                                .withConstraints(new Constraints(null, null, null, null, null, false, false, List.of("1.5", "high")))),
                new TargetVolume(0, 1), new PrivacySettings(true, null, 50.0));

        assertThat(schema.violations()).extracting(SchemaViolation::path).containsExactlyInAnyOrder(
                "name",
                "fields[0].constraints.min",
                "fields[1].name",
                "fields[1].constraints.pattern",
                "fields[2].constraints.unique",
                "fields[3].constraints.enum",
                "targetVolume.recordsPerDay",
                "privacySettings.epsilon",
                "privacySettings.syntheticRatio");
    }

    @Test
    void rejectsAModelThatCannotProduceTheFieldType() {
        String json = """
                {"name": "s", "fields": [{"name": "when", "type": "date", "model": "text"}]}""";

        DataSchema schema = JSON.readValue(json, DataSchema.class);

        assertThat(schema.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("fields[0].model");
            assertThat(violation.message()).contains("cannot generate date");
        });
    }

    @Test
    void rejectsBoundsOfTheWrongKind() {
        String json = """
                {"name": "s", "fields": [
                  {"name": "when", "type": "date", "constraints": {"min": "yesterday"}},
                  {"name": "count", "type": "integer", "constraints": {"max": 2.5}},
                  {"name": "label", "type": "string", "constraints": {"min": 1}}]}""";

        DataSchema schema = JSON.readValue(json, DataSchema.class);

        assertThat(schema.violations()).extracting(SchemaViolation::path).containsExactly(
                "fields[0].constraints.min", "fields[1].constraints.max", "fields[2].constraints");
    }

    @Test
    void refusesIsolationForestAsAGenerator() {
        String json = """
                {"name": "s", "fields": [{"name": "x", "type": "number", "model": "IsolationForest"}]}""";

        assertThatThrownBy(() -> JSON.readValue(json, DataSchema.class))
                .hasMessageContaining("IsolationForest scores anomalies");
    }
}
