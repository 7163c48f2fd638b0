package dev.synthesis.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueCheckTest {

    @Test
    void flagsOnlyRepeatsOfUniqueFieldsAndIgnoresMissingValues() {
        Constraints unique = new Constraints(null, null, null, null, null, false, true, null);
        UniqueCheck check = new UniqueCheck(new DataSchema("u", null, null, List.of(
                FieldDefinition.of("key", FieldType.INTEGER).withConstraints(unique), FieldDefinition.of("free", FieldType.STRING)), null, null));

        assertThat(check.check(1, new Object[] {1L, "x"})).isEmpty();
        assertThat(check.check(2, new Object[] {null, "x"})).isEmpty();
        assertThat(check.check(3, new Object[] {null, "x"})).isEmpty();
        assertThat(check.check(4, new Object[] {1L, "y"})).extracting(RowError::row, RowError::field)
                .containsExactly(tuple(4L, "key"));
    }
}
