package dev.synthesis.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

    private static final DataSchema SCHEMA = new DataSchema("checks", null, null, List.of(
            field("code", FieldType.STRING, new Constraints(null, null, 4, 4, "P[0-9]{3}", true, false, null)),
            field("age", FieldType.INTEGER, new Constraints(Bound.of(0), Bound.of(120), null, null, null, false, false, null)),
            field("since", FieldType.DATE, new Constraints(new Bound("2020-01-01"), null, null, null, null, false, false, null)),
            field("ward", FieldType.STRING, new Constraints(null, null, null, null, null, false, false, List.of("A", "B"))),
            field("score", FieldType.NUMBER, new Constraints(null, null, null, null, null, false, false, List.of("1", "2.5")))),
            null, null);

    private final RowValidator validator = new RowValidator(SCHEMA);

    @Test
    void acceptsARowThatKeepsEveryRule() {
        assertThat(validator.validate(1, new Object[] {"P001", 30L, LocalDate.of(2021, 5, 1), "A", 2.5})).isEmpty();
    }

    @Test
    void reportsEachBrokenRulePerField() {
        List<RowError> errors = validator.validate(7, new Object[] {null, 121L, LocalDate.of(2019, 12, 31), "C", 3.0});

        assertThat(errors).extracting(RowError::row).containsOnly(7L);
        assertThat(errors).extracting(RowError::field, RowError::reason).containsExactly(
                tuple("code", "is required"),
                tuple("age", "is above the maximum 120"),
                tuple("since", "is below the minimum 2020-01-01"),
                tuple("ward", "is not one of the allowed values [A, B]"),
                tuple("score", "is not one of the allowed values [1, 2.5]"));
    }

    @Test
    void checksLengthBeforePatternAndTypeBeforeEverything() {
        assertThat(validator.validate(1, new Object[] {"P01", 1L, null, null, null})).singleElement()
                .extracting(RowError::reason).isEqualTo("is shorter than 4 characters");
        assertThat(validator.validate(1, new Object[] {"X001", 1L, null, null, null})).singleElement()
                .extracting(RowError::reason).isEqualTo("does not match the pattern P[0-9]{3}");
        assertThat(validator.validate(1, new Object[] {"P001", "30", null, null, null})).singleElement()
                .satisfies(error -> assertThat(error.reason()).isEqualTo("is text, expected integer"));
    }

    private static FieldDefinition field(String name, FieldType type, Constraints constraints) {
        return FieldDefinition.of(name, type).withConstraints(constraints);
    }
}
