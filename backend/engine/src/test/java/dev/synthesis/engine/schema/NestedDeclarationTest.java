package dev.synthesis.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NestedDeclarationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static DataSchema treatmentPlans() throws IOException {
        try (InputStream in = NestedDeclarationTest.class.getResourceAsStream("/nested/treatment-plan-schema.json")) {
            return JSON.readValue(in, DataSchema.class);
        }
    }

    @Test
    void readsTheProposalsTreatmentPlanAndRoundTrips() throws IOException {
        DataSchema schema = treatmentPlans();

        FieldDefinition plan = schema.field("treatment_plan").orElseThrow();
        FieldDefinition meds = plan.fields().getFirst();
        assertThat(schema.violations()).isEmpty();
        assertThat(meds.constraints().minItems()).isEqualTo(1);
        assertThat(meds.constraints().maxItems()).isEqualTo(4);
        assertThat(meds.items().name()).isNull();
        assertThat(meds.items().fields()).extracting(FieldDefinition::name).containsExactly("drug", "dose_mg");
        assertThat(JSON.readValue(JSON.writeValueAsString(schema), DataSchema.class)).isEqualTo(schema);
    }

    @Test
    void namesANestedMembersBrokenRuleByItsPathInTheTree() throws IOException {
        String broken = JSON.writeValueAsString(treatmentPlans())
                .replace("\"min\":5,\"max\":1000", "\"min\":1000,\"max\":5");

        List<SchemaViolation> violations = JSON.readValue(broken, DataSchema.class).violations();

        assertThat(violations).extracting(SchemaViolation::toString).containsExactly(
                "fields[1].fields[0].items.fields[1].constraints.min: treatment_plan.meds[].dose_mg: min (1000) is greater than max (5)");
    }

    @Test
    void refusesMisplacedMembersItemsAndLengths() {
        FieldDefinition text = new FieldDefinition("note", FieldType.STRING, lengths(2, null), null, null, null, null, null, null,
                null, null, List.of(FieldDefinition.of("x", FieldType.STRING)), FieldDefinition.of(null, FieldType.STRING));
        FieldDefinition array = new FieldDefinition("list", FieldType.ARRAY, lengths(5, 2), null, null, null, null, null, null,
                null, null, null, FieldDefinition.of(null, FieldType.INTEGER));

        assertThat(schemaOf(text, array).violations()).extracting(SchemaViolation::toString).containsExactlyInAnyOrder(
                "fields[0].fields: members (fields) apply to json fields only",
                "fields[0].items: items apply to array fields only",
                "fields[0].constraints: minItems/maxItems apply to array fields only",
                "fields[1].constraints.minItems: minItems (5) is greater than maxItems (2)");
    }

    @Test
    void refusesBlankAndDuplicateMembersNestedArraysWithoutItemsAndNestedUniques() {
        FieldDefinition unique = FieldDefinition.of("id", FieldType.INTEGER)
                .withConstraints(new Constraints(null, null, null, null, null, false, true, null));
        FieldDefinition object = new FieldDefinition("doc", FieldType.JSON, null, null, null, null, null, null, null, null, null,
                List.of(FieldDefinition.of(" ", FieldType.STRING), FieldDefinition.of("a", FieldType.ARRAY),
                        FieldDefinition.of("a", FieldType.STRING), unique), null);

        assertThat(schemaOf(object).violations()).extracting(SchemaViolation::toString).containsExactlyInAnyOrder(
                "fields[0].fields[0].name: doc: a member needs a name",
                "fields[0].fields[1].items: doc.a: an array inside a declaration needs items, the declaration of its elements",
                "fields[0].fields[2].name: doc: duplicate member name 'a'",
                "fields[0].fields[3].constraints.unique: doc.id: unique applies to top-level fields only");
    }

    @Test
    void capsDepthAtEightLevels() {
        FieldDefinition inner = FieldDefinition.of("leaf", FieldType.STRING);
        for (int level = 0; level < 9; level++) {
            inner = new FieldDefinition("level" + level, FieldType.JSON, null, null, null, null, null, null, null, null, null,
                    List.of(inner), null);
        }

        assertThat(schemaOf(inner).violations()).extracting(SchemaViolation::message)
                .containsExactly("level8.level7.level6.level5.level4.level3.level2.level1.level0: nesting is limited to 8 levels");
    }

    private static Constraints lengths(Integer min, Integer max) {
        return new Constraints(null, null, null, null, null, false, false, null, min, max);
    }

    private static DataSchema schemaOf(FieldDefinition... fields) {
        return new DataSchema("nested", null, null, List.of(fields), null, null);
    }
}
