package dev.synthesis.engine.generate;

import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves {@link FieldModel#AUTO} to a concrete model from the field's declaration and, when there
 * is a seed, from its values. Declarations win: personal semantic kinds are always faked, unique
 * fields are identifiers, patterns and enums are honoured; then the data decides.
 */
final class ModelChooser {

    /** Integers with at most this many distinct values are modelled as categories (codes, counts, flags). */
    static final int MAX_INTEGER_CATEGORIES = 20;
    private static final int MAX_STRING_CATEGORIES = 200;

    private static final java.util.Set<FieldModel> KEEPS_UNIQUE =
            java.util.EnumSet.of(FieldModel.AUTO, FieldModel.IDENTIFIER, FieldModel.PATTERN, FieldModel.FAKE);

    private ModelChooser() {}

    /**
     * @param column the seed values, or null in schema-only mode and under differential privacy, where
     *               a choice made from the data would itself leak it: strings then default to the
     *               private categorical model, whose category release is thresholded
     */
    static FieldModel choose(FieldDefinition field, FieldModel override, List<Object> column, boolean timeAxis,
                             boolean timeOrdered) {
        FieldModel declared = override != null ? override : field.model();
        if (timeOrdered && declared == FieldModel.NUMERIC) {
            // A profiler suggests "numeric" per column; only the table as a whole shows the order in time.
            return FieldModel.TIMESERIES;
        }
        if (field.constraints().unique() && !KEEPS_UNIQUE.contains(declared)) {
            // Only these models promise distinct values; any other would break the constraint at volume.
            return FieldModel.IDENTIFIER;
        }
        if (declared != FieldModel.AUTO) {
            return declared;
        }
        Constraints constraints = field.constraints();
        if (field.semanticKind() != null && field.semanticKind().isPersonal()) {
            return FieldModel.FAKE;
        }
        if (field.type() == FieldType.JSON || field.type() == FieldType.ARRAY) {
            return FieldModel.JSON;
        }
        if (constraints.unique()) {
            return FieldModel.IDENTIFIER;
        }
        if (constraints.pattern() != null) {
            return FieldModel.PATTERN;
        }
        if (constraints.enumValues() != null || field.type() == FieldType.BOOLEAN) {
            return FieldModel.CATEGORICAL;
        }
        if (timeAxis) {
            return FieldModel.DATETIME;
        }
        return fromData(field, column, timeOrdered);
    }

    private static FieldModel fromData(FieldDefinition field, List<Object> column, boolean timeOrdered) {
        return switch (field.type()) {
            case INTEGER, NUMBER -> timeOrdered ? FieldModel.TIMESERIES
                    : field.type() == FieldType.INTEGER && column != null && distinct(column) <= MAX_INTEGER_CATEGORIES
                    ? FieldModel.CATEGORICAL : FieldModel.NUMERIC;
            case DATE, DATETIME -> FieldModel.DATETIME;
            case STRING -> column == null || looksCategorical(column) ? FieldModel.CATEGORICAL
                    : field.semanticKind() != null ? FieldModel.FAKE : FieldModel.TEXT;
            default -> FieldModel.CATEGORICAL;
        };
    }

    /** Few distinct values, each seen often enough that most rows fall in a reproducible category. */
    private static boolean looksCategorical(List<Object> column) {
        Map<Object, Integer> counts = new HashMap<>();
        column.stream().filter(Objects::nonNull).forEach(value -> counts.merge(value, 1, Integer::sum));
        long present = column.stream().filter(Objects::nonNull).count();
        long frequent = counts.values().stream().filter(count -> count >= 5).mapToLong(Integer::longValue).sum();
        return !counts.isEmpty() && counts.size() <= MAX_STRING_CATEGORIES && frequent >= 0.8 * present;
    }

    private static long distinct(List<Object> column) {
        return column.stream().filter(Objects::nonNull).distinct().limit(MAX_INTEGER_CATEGORIES + 1L).count();
    }
}
