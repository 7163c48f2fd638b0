package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldType;

/**
 * The constraints a seed supports: required when no value is missing, the observed range for
 * numbers and dates, the observed lengths for strings, and uniqueness and a pattern for codes.
 * Allowed values (enum) are not inferred: a seed shows which categories occur, not which exist.
 */
final class ConstraintInference {

    private ConstraintInference() {}

    static Constraints infer(ColumnValues column, TypeGuess guess, ColumnStatistics statistics, ModelChoice.Choice choice) {
        boolean required = column.rowCount() > 0 && column.nullCount() == 0;
        boolean ranged = guess.type().isNumeric() || guess.type().isTemporal();
        boolean text = guess.type() == FieldType.STRING;
        return new Constraints(
                ranged ? bound(statistics.min()) : null,
                ranged ? bound(statistics.max()) : null,
                text ? statistics.minLength() : null,
                text ? statistics.maxLength() : null,
                text ? choice.pattern() : null,
                required,
                choice.unique(),
                null);
    }

    private static Bound bound(String value) {
        return value == null ? null : new Bound(value);
    }
}
