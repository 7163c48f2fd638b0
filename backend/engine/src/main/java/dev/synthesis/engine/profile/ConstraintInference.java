package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldType;

/**
 * What a seed says about a field's rules. Constraints are what holds at any volume: required when no
 * value is missing, unique for identifiers, and the lengths of strings that are not unique (text
 * keeps the seed's lengths). The observed range of numbers and dates, a pattern shared by codes and
 * the lengths of unique codes are only observations: a 300-row seed's ids end at 300, but a user
 * asking for ten million rows wants ids that keep going.
 * Allowed values (enum) are not inferred: a seed shows which categories occur, not which exist.
 */
final class ConstraintInference {

    /** The constraints to enforce and what was merely observed. */
    record Inferred(Constraints declared, Constraints observed) {}

    private ConstraintInference() {}

    static Inferred infer(ColumnValues column, TypeGuess guess, ColumnStatistics statistics, ModelChoice.Choice choice) {
        boolean required = column.rowCount() > 0 && column.nullCount() == 0;
        boolean ranged = guess.type().isNumeric() || guess.type().isTemporal();
        boolean text = guess.type() == FieldType.STRING;
        Constraints observed = new Constraints(
                ranged ? bound(statistics.min()) : null,
                ranged ? bound(statistics.max()) : null,
                text ? statistics.minLength() : null,
                text ? statistics.maxLength() : null,
                text ? choice.pattern() : null,
                required,
                choice.unique(),
                null);
        boolean lengths = text && !choice.unique();
        return new Inferred(new Constraints(null, null, lengths ? statistics.minLength() : null, lengths ? statistics.maxLength() : null,
                null, required, choice.unique(), null), observed);
    }

    private static Bound bound(String value) {
        return value == null ? null : new Bound(value);
    }
}
