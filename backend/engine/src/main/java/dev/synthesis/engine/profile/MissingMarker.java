package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the text a column uses for "no value" ({@code NA}, {@code ?}, {@code NULL}...). A marker
 * counts only when every other value then fits a type other than string: in a numeric, date or
 * boolean column {@code NA} can only mean missing, while in a text column {@code ?} may be a
 * category of its own (mushrooms' stalk-root), which it then stays.
 */
final class MissingMarker {

    private static final List<String> CANDIDATES = List.of(
            "NA", "N/A", "n/a", "na", "NULL", "null", "Null", "None", "none", "NaN", "nan", "?", "-", "--", "#N/A", ".");

    private MissingMarker() {}

    static Optional<String> find(ColumnValues column) {
        return CANDIDATES.stream()
                .filter(column.counts()::containsKey)
                .filter(marker -> marksMissing(column.without(marker)))
                .max(Comparator.comparingLong(marker -> column.counts().get(marker)));
    }

    private static boolean marksMissing(ColumnValues rest) {
        return rest.distinctCount() > 0 && TypeInference.infer(rest).type() != FieldType.STRING;
    }
}
