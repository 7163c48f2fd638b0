package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedInferenceTest {

    @Test
    void declaresMembersTypesRequirednessAndObservedLengths() {
        FieldDefinition doc = profiled(
                "{\"id\":1,\"at\":\"2024-03-01T10:00:00Z\",\"score\":1.5,\"ok\":true,\"list\":[1,2]}",
                "{\"id\":2,\"at\":\"2024-03-02T11:30:00Z\",\"score\":2,\"list\":[]}").field("doc").orElseThrow();

        assertThat(doc.fields()).extracting(FieldDefinition::name, FieldDefinition::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", FieldType.INTEGER),
                org.assertj.core.groups.Tuple.tuple("at", FieldType.DATETIME),
                org.assertj.core.groups.Tuple.tuple("score", FieldType.NUMBER),
                org.assertj.core.groups.Tuple.tuple("ok", FieldType.BOOLEAN),
                org.assertj.core.groups.Tuple.tuple("list", FieldType.ARRAY));
        assertThat(doc.fields()).extracting(field -> field.constraints().required()).containsExactly(true, true, true, false, true);
        FieldDefinition list = doc.fields().get(4);
        assertThat(list.items().type()).isEqualTo(FieldType.INTEGER);
        assertThat(list.observed().minItems()).isZero();
        assertThat(list.observed().maxItems()).isEqualTo(2);
        assertThat(doc.fields().getFirst().observed().max().text()).isEqualTo("2");
    }

    @Test
    void leavesMixedKindsEmptyObjectsAndEmptyArraysFreeFormSoTheSchemaStaysValid() {
        DataSchema schema = profiled("{\"v\":1,\"empty\":{},\"none\":[]}", "{\"v\":\"one\",\"empty\":{},\"none\":[]}");
        FieldDefinition doc = schema.field("doc").orElseThrow();

        assertThat(schema.violations()).isEmpty();
        assertThat(doc.fields()).extracting(FieldDefinition::name, FieldDefinition::type, FieldDefinition::declaresStructure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("v", FieldType.JSON, false),
                        org.assertj.core.groups.Tuple.tuple("empty", FieldType.JSON, false),
                        org.assertj.core.groups.Tuple.tuple("none", FieldType.ARRAY, true));
        assertThat(doc.fields().get(2).items().declaresStructure()).isFalse();
    }

    private static DataSchema profiled(String... documents) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (String document : documents) {
                rows.add(new Object[] {document});
            }
        }
        return Profiler.profile(new Table(List.of("doc"), rows), "docs").schema();
    }
}
