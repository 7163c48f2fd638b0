package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.Representation;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What profiling saw in one column.
 *
 * @param name              column name
 * @param type              inferred type
 * @param format            date-time pattern of temporal values, else null
 * @param semanticKind      meaning of string values when recognised, else null
 * @param model             suggested generator
 * @param count             rows
 * @param nullCount         rows without a value
 * @param nullRate          {@code nullCount / count}
 * @param distinctCount     distinct non-null values
 * @param min               smallest value (numbers as written, temporal values in ISO-8601), else null
 * @param max               largest value, same forms as {@code min}
 * @param mean              mean of numeric values, else null
 * @param standardDeviation population standard deviation of numeric values, else null
 * @param minLength         shortest value in characters, null for an empty column
 * @param maxLength         longest value in characters, null for an empty column
 * @param topValues         up to ten most frequent values with their counts; empty for personal kinds and unique fields
 * @param representation    how the column writes its values (boolean spellings, decimals, missing-value marker)
 */
public record FieldProfile(
        String name,
        FieldType type,
        @Nullable String format,
        @Nullable SemanticKind semanticKind,
        FieldModel model,
        long count,
        long nullCount,
        double nullRate,
        long distinctCount,
        @Nullable String min,
        @Nullable String max,
        @Nullable Double mean,
        @Nullable Double standardDeviation,
        @Nullable Integer minLength,
        @Nullable Integer maxLength,
        List<ValueCount> topValues,
        Representation representation) {

    public FieldProfile {
        topValues = List.copyOf(topValues);
    }
}
