package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnPlanTest {

    private static Table column(List<Object> values) {
        return new Table(List.of("x"), values.stream().map(value -> new Object[] {value}).toList());
    }

    private static ColumnKind kindOf(FieldDefinition field, List<Object> values) {
        return ColumnPlan.of(field, column(values), 10).kind();
    }

    @Test
    void integersWithFewDistinctValuesAreCategories() {
        List<Object> rates = IntStream.range(0, 200).mapToObj(i -> (Object) (long) (1 + i % 4)).toList();
        List<Object> amounts = IntStream.range(0, 200).mapToObj(i -> (Object) (long) (i * 7)).toList();
        assertThat(kindOf(FieldDefinition.of("x", FieldType.INTEGER), rates)).isEqualTo(ColumnKind.CATEGORICAL);
        assertThat(kindOf(FieldDefinition.of("x", FieldType.INTEGER), amounts)).isEqualTo(ColumnKind.NUMERIC);
    }

    @Test
    void identifierLikeAndPersonalStringsAreSkipped() {
        List<Object> ids = IntStream.range(0, 200).mapToObj(i -> (Object) ("id-" + i)).toList();
        List<Object> colours = IntStream.range(0, 200).mapToObj(i -> (Object) (i % 2 == 0 ? "red" : "blue")).toList();
        FieldDefinition email = new FieldDefinition("x", FieldType.STRING, null, null, null, null, null, SemanticKind.EMAIL, null, null, null);
        assertThat(kindOf(FieldDefinition.of("x", FieldType.STRING), ids)).isEqualTo(ColumnKind.SKIPPED);
        assertThat(kindOf(FieldDefinition.of("x", FieldType.STRING), colours)).isEqualTo(ColumnKind.CATEGORICAL);
        assertThat(kindOf(email, colours)).isEqualTo(ColumnKind.SKIPPED);
    }

    @Test
    void datesAreNumericAndJsonIsSkipped() {
        assertThat(kindOf(FieldDefinition.of("x", FieldType.DATE), List.of())).isEqualTo(ColumnKind.NUMERIC);
        assertThat(kindOf(FieldDefinition.of("x", FieldType.JSON), List.of())).isEqualTo(ColumnKind.SKIPPED);
        assertThat(kindOf(FieldDefinition.of("x", FieldType.BOOLEAN), List.of())).isEqualTo(ColumnKind.CATEGORICAL);
    }
}
