package dev.synthesis.engine.dp;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedValues;
import dev.synthesis.engine.validate.ValueConversion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How many seed values a declared min or max clips. With differential privacy on, a numeric or
 * temporal field's range must come from the schema, never from the data, so values outside the
 * declared bounds are pulled in to them (the mechanisms' sensitivity rests on it). The data owner
 * deserves to know how much of the seed that changes; the counts depend on single rows, so they
 * are for the owner only and never go into a model file or a manifest.
 */
public final class DeclaredBounds {

    private DeclaredBounds() {}

    /**
     * One field's values outside its declared bounds.
     *
     * @param below values under the declared min (0 when the field has no min)
     * @param above values over the declared max (0 when the field has no max)
     */
    public record Clipped(String field, long below, long above, Bound min, Bound max) {}

    /**
     * For each numeric or temporal field with a declared min or max and at least one value outside
     * it, how many values of the raw seed (read as the field's type; text that does not read as
     * one is not counted) lie below the min and above the max, in schema field order.
     */
    public static List<Clipped> clipped(DataSchema schema, Table seed) {
        List<Clipped> found = new ArrayList<>();
        for (FieldDefinition field : schema.fields()) {
            if (bounded(field)) {
                count(field, seed).filter(clipped -> clipped.below() + clipped.above() > 0).ifPresent(found::add);
            }
        }
        return found;
    }

    private static boolean bounded(FieldDefinition field) {
        boolean scaled = field.type().isNumeric() || field.type().isTemporal();
        return scaled && field.constraints() != null && (field.constraints().min() != null || field.constraints().max() != null);
    }

    private static Optional<Clipped> count(FieldDefinition field, Table seed) {
        int column = TableTyping.sourceColumn(seed, field.name());
        if (column < 0) {
            return Optional.empty();
        }
        Bound min = field.constraints().min();
        Bound max = field.constraints().max();
        Optional<BigDecimal> low = min == null ? Optional.empty() : TypedValues.position(field.type(), min);
        Optional<BigDecimal> high = max == null ? Optional.empty() : TypedValues.position(field.type(), max);
        long below = 0;
        long above = 0;
        for (Object[] row : seed.rows()) {
            Optional<BigDecimal> position = position(field, column < row.length ? (String) row[column] : null);
            if (position.isPresent()) {
                below += low.filter(bound -> position.get().compareTo(bound) < 0).isPresent() ? 1 : 0;
                above += high.filter(bound -> position.get().compareTo(bound) > 0).isPresent() ? 1 : 0;
            }
        }
        return Optional.of(new Clipped(field.name(), below, above, min, max));
    }

    private static Optional<BigDecimal> position(FieldDefinition field, String text) {
        try {
            Object value = ValueConversion.convert(field, text);
            return value == null ? Optional.empty() : TypedValues.position(value);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
