package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A field's fine bins: its released categories (in the order its sampler will hold them) or its
 * numeric bins over the private range, then one bin for a missing value when the schema lets the
 * field be missing, so missingness is measured and learned jointly like any other value.
 *
 * @param categories the released categories, or null for a numeric or temporal field
 * @param bins       the numeric bins, or null for a categorical field
 * @param range      the private (or declared) range the bins cover; null for a categorical field
 */
record FieldDomain(FieldDefinition field, List<String> categories, FineBins bins, AxisBounds range, boolean nullable,
                   Map<String, Integer> index) {

    static FieldDomain categorical(FieldDefinition field, List<String> categories) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
        return new FieldDomain(field, List.copyOf(categories), null, null, !field.constraints().required(), index);
    }

    static FieldDomain numeric(FieldDefinition field, AxisBounds range) {
        return new FieldDomain(field, null, FineBins.of(field.type(), range.lower(), range.upper()), range,
                !field.constraints().required(), Map.of());
    }

    boolean isCategorical() {
        return categories != null;
    }

    /** Bins of present values. */
    int present() {
        return isCategorical() ? categories.size() : bins.size();
    }

    int size() {
        return present() + (nullable ? 1 : 0);
    }

    /** The missing-value bin (only meaningful when {@link #nullable}). */
    int missing() {
        return present();
    }

    /** The fine bin of a typed value, or -1 when it has none (an unreleased category, a missing required value). */
    int bin(Object value) {
        if (value == null) {
            return nullable ? missing() : -1;
        }
        if (isCategorical()) {
            return index.getOrDefault(TypedValues.toText(value), -1);
        }
        double x = TypedValues.toAxis(value);
        return Double.isFinite(x) ? bins.bin(range.clamp(x)) : -1;
    }
}
