package dev.synthesis.engine.dp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredBoundsTest {

    @Test
    void countsValuesBelowTheMinAndAboveTheMax() {
        DataSchema schema = schema(bounded("age", FieldType.INTEGER, "18", "90"));
        Table seed = column("age", "17", "18", "45", "90", "91", "120", "5");

        assertThat(DeclaredBounds.clipped(schema, seed))
                .containsExactly(new DeclaredBounds.Clipped("age", 2, 2, new Bound("18"), new Bound("90")));
    }

    @Test
    void aFieldWithOnlyAMaxCountsNothingBelow() {
        DataSchema schema = schema(bounded("score", FieldType.NUMBER, null, "1.5"));
        Table seed = column("score", "-100", "1.5", "1.5000001");

        assertThat(DeclaredBounds.clipped(schema, seed))
                .containsExactly(new DeclaredBounds.Clipped("score", 0, 1, null, new Bound("1.5")));
    }

    @Test
    void datesCompareAsDates() {
        DataSchema schema = schema(bounded("admitted", FieldType.DATE, "2020-01-01", "2020-12-31"));
        Table seed = column("admitted", "2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01", "2021-06-30");

        assertThat(DeclaredBounds.clipped(schema, seed))
                .containsExactly(new DeclaredBounds.Clipped("admitted", 1, 2, new Bound("2020-01-01"), new Bound("2020-12-31")));
    }

    @Test
    void fieldsInsideTheirBoundsUnboundedOrUnreadableAreLeftOut() {
        DataSchema schema = schema(
                bounded("inside", FieldType.INTEGER, "0", "10"),
                FieldDefinition.of("free", FieldType.INTEGER),
                bounded("text", FieldType.STRING, null, null),
                bounded("missing", FieldType.INTEGER, "0", "1"));
        Table seed = new Table(List.of("INSIDE", "free", "text"), List.of(
                new Object[] {"3", "1000000", "x"},
                new Object[] {"not a number", "-5", "y"},
                new Object[] {null, "7", "z"}));

        assertThat(DeclaredBounds.clipped(schema, seed)).isEmpty();
    }

    private static DataSchema schema(FieldDefinition... fields) {
        return new DataSchema("seed", null, null, List.of(fields), null, null);
    }

    private static FieldDefinition bounded(String name, FieldType type, String min, String max) {
        return FieldDefinition.of(name, type).withConstraints(new Constraints(min == null ? null : new Bound(min),
                max == null ? null : new Bound(max), null, null, null, false, false, null));
    }

    private static Table column(String name, String... values) {
        return new Table(List.of(name), java.util.Arrays.stream(values).map(value -> new Object[] {value}).toList());
    }
}
