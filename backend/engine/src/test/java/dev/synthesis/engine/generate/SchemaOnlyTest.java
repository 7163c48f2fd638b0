package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.testing.Collect;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaOnlyTest {

    @Test
    void dateTimesKeepTheOffsetOfTheirDeclaredBoundsAndStayInside() {
        Constraints window = new Constraints(new Bound("2024-03-01T08:00:00+02:00"), new Bound("2024-03-01T18:00:00+02:00"),
                null, null, null, true, false, null);
        DataSchema schema = new DataSchema("events", null, null,
                List.of(FieldDefinition.of("at", FieldType.DATETIME).withConstraints(window)), null, null);

        Table generated = Collect.rows(Synthesizer.schemaOnly(schema), 1, 0, 5_000);

        OffsetDateTime from = OffsetDateTime.parse("2024-03-01T08:00:00+02:00");
        OffsetDateTime to = OffsetDateTime.parse("2024-03-01T18:00:00+02:00");
        assertThat(generated.column(0)).allSatisfy(value -> {
            OffsetDateTime at = (OffsetDateTime) value;
            assertThat(at.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
            assertThat(at).isBetween(from, to);
        });
        assertThat(Synthesizer.schemaOnly(schema).modelNames()).containsExactly("schema-only");
    }
}
