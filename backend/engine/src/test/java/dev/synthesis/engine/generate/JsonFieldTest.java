package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.testing.Collect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonFieldTest {

    @Test
    void keepsPresenceKindsAndValuesPerJsonPath() {
        // given documents where "discount" is present in 30 % and address.city is one of two values; ids spread
        // over a wide range, so few generated documents equal a real one and are drawn again (ReplicatedUniques)
        DataSchema schema = new DataSchema("docs", null, null, List.of(FieldDefinition.of("doc", FieldType.JSON)), null, null);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String discount = i % 10 < 3 ? ",\"discount\":" + (i % 7) : "";
            rows.add(new Object[] {"{\"id\":" + i * 37 + ",\"address\":{\"city\":\"" + (i % 4 == 0 ? "Oslo" : "Bergen")
                    + "\"},\"items\":[1,2]" + discount + "}"});
        }

        // when
        SynthesisModel model = Synthesizer.train(schema, new Table(List.of("doc"), rows), TrainingOptions.DEFAULT);
        Table generated = Collect.rows(model, 3, 0, 20_000);

        // then
        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> docs = generated.column(0).stream().map(text -> mapper.readTree(text.toString())).toList();
        double withDiscount = docs.stream().filter(doc -> doc.has("discount")).count() / 20_000.0;
        double oslo = docs.stream().filter(doc -> doc.path("address").path("city").asString("").equals("Oslo")).count() / 20_000.0;
        assertThat(withDiscount).isCloseTo(0.3, offset(0.02));
        assertThat(oslo).isCloseTo(0.25, offset(0.02));
        assertThat(docs).allMatch(doc -> doc.path("id").isIntegralNumber() && doc.path("items").isArray());
    }
}
