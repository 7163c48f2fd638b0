package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.Representation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsWrittenTest {

    @Test
    void scoresSeeNumbersAtTheWrittenPrecisionAndBooleansAsTheyReadBack() {
        FieldDefinition money = FieldDefinition.of("money", FieldType.NUMBER)
                .withRepresentation(Representation.DEFAULT.withDecimals(2, true));
        FieldDefinition active = FieldDefinition.of("active", FieldType.BOOLEAN)
                .withRepresentation(Representation.DEFAULT.withBooleans("yes", "no"));
        DataSchema schema = new DataSchema("s", null, null, List.of(money, active), null, null);
        Table generated = new Table(List.of("money", "active"), List.<Object[]>of(new Object[] {0.6290749225708631, true},
                new Object[] {null, false}));

        Table received = AsWritten.of(schema, generated);

        assertThat(received.rows().get(0)).containsExactly(0.63, true);
        assertThat(received.rows().get(1)).containsExactly(null, false);
    }
}
