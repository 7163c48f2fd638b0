package dev.synthesis.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTypingTest {

    private static final DataSchema SCHEMA = new DataSchema("people", null, null, List.of(
            FieldDefinition.of("id", FieldType.STRING).withConstraints(new Constraints(null, null, null, null, null, true, true, null)),
            FieldDefinition.of("age", FieldType.INTEGER)), null, null);

    @Test
    void typesValidRowsAndLeavesOutRowsWithErrors() {
        Table raw = new Table(List.of("ID", "age", "ignored"), List.of(
                new Object[] {"a", "31", "x"},
                new Object[] {"b", "thirty", "x"},
                new Object[] {null, "40", "x"}));

        TypedTable typed = TableTyping.type(raw, SCHEMA);

        assertThat(typed.rows().columns()).containsExactly("id", "age");
        assertThat(typed.rows().rows()).containsExactly(new Object[] {"a", 31L});
        assertThat(typed.errors()).containsExactly(
                new RowError(2, "age", "thirty", "not an integer"),
                new RowError(3, "id", null, "is required"));
        assertThat(typed.rejectedRows()).isEqualTo(2);
    }

    @Test
    void reportsRepeatsOfUniqueFieldsWithTheirRow() {
        Table raw = new Table(List.of("id", "age"), List.of(
                new Object[] {"a", "1"}, new Object[] {"b", "2"}, new Object[] {"a", "3"}));

        TypedTable typed = TableTyping.type(raw, SCHEMA);

        assertThat(typed.rows().rowCount()).isEqualTo(2);
        assertThat(typed.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("id");
            assertThat(error.reason()).contains("unique");
        });
    }

    @Test
    void treatsAFieldWithoutAColumnAsMissing() {
        TypedTable typed = TableTyping.type(new Table(List.of("age"), List.<Object[]>of(new Object[] {"5"})), SCHEMA);

        assertThat(typed.errors()).extracting(RowError::reason).containsExactly("is required");
    }

    @Test
    void keepsAtMostTheErrorCapButCountsEveryRejectedRow() {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < TableTyping.MAX_ERRORS + 5; i++) {
            rows.add(new Object[] {"id" + i, "not a number"});
        }

        TypedTable typed = TableTyping.type(new Table(List.of("id", "age"), rows), SCHEMA);

        assertThat(typed.errors()).hasSize(TableTyping.MAX_ERRORS);
        assertThat(typed.rejectedRows()).isEqualTo(TableTyping.MAX_ERRORS + 5);
    }
}
