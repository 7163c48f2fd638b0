package dev.synthesis.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EnumRulesTest {

    @Test
    void namesTenBadValuesAndCountsTheRest() {
        List<String> words = IntStream.range(0, 5_000).mapToObj(i -> "word" + i).toList();

        List<SchemaViolation> violations = schema(FieldType.INTEGER, words).violations();

        assertThat(violations).hasSize(11).allSatisfy(violation -> assertThat(violation.path()).isEqualTo("fields[0].constraints.enum"));
        assertThat(violations.getFirst().message()).isEqualTo("value 'word0' is not a valid integer");
        assertThat(violations.getLast().message()).isEqualTo("and 4990 more values like these");
    }

    @Test
    void refusesMoreValuesThanItsLimitWithoutCheckingEach() {
        List<String> numbers = IntStream.range(0, EnumRules.MAX_VALUES + 1).mapToObj(Integer::toString).toList();

        assertThat(schema(FieldType.INTEGER, numbers).violations()).extracting(SchemaViolation::message)
                .containsExactly("may list at most 10000 values, got 10001");
    }

    private static DataSchema schema(FieldType type, List<String> values) {
        FieldDefinition field = FieldDefinition.of("code", type).withConstraints(new Constraints(null, null, null, null, null, false, false, values));
        return new DataSchema("Codes", null, null, List.of(field), null, null);
    }
}
