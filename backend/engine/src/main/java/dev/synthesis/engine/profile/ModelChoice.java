package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.Optional;

/**
 * Suggests a generator for a column from its type, meaning and value distribution, and says
 * whether its values look unique by design (identifiers and codes) or a pattern describes them.
 */
final class ModelChoice {

    /** More categories than this are rarely a closed set a user would list. */
    static final int MAX_CATEGORIES = 50;
    /** Numbers with at most this many values (ratings, counts of children, classes) are categories. */
    static final int MAX_NUMERIC_CATEGORIES = 10;

    record Choice(FieldModel model, boolean unique, String pattern) {}

    private ModelChoice() {}

    static Choice choose(ColumnValues column, TypeGuess guess, Optional<SemanticKind> kind) {
        return switch (guess.type()) {
            case STRING -> forString(column, kind);
            case INTEGER -> forInteger(column);
            case NUMBER -> new Choice(isCategorical(column, MAX_NUMERIC_CATEGORIES) ? FieldModel.CATEGORICAL : FieldModel.NUMERIC, false, null);
            case BOOLEAN -> new Choice(FieldModel.CATEGORICAL, false, null);
            case DATE, DATETIME -> new Choice(FieldModel.DATETIME, false, null);
            case JSON, ARRAY -> new Choice(FieldModel.JSON, false, null);
        };
    }

    private static Choice forString(ColumnValues column, Optional<SemanticKind> kind) {
        if (kind.isPresent()) {
            boolean personal = kind.get().isPersonal();
            boolean unique = column.allDistinct() && kind.get() == SemanticKind.UUID;
            return new Choice(personal ? FieldModel.FAKE : FieldModel.CATEGORICAL, unique, null);
        }
        if (isCategorical(column, MAX_CATEGORIES)) {
            return new Choice(FieldModel.CATEGORICAL, false, null);
        }
        Optional<String> pattern = ShapePattern.infer(column.distinct());
        if (pattern.isPresent()) {
            return new Choice(FieldModel.PATTERN, column.allDistinct(), pattern.get());
        }
        if (FreeText.looksLikeProse(column)) {
            return new Choice(FieldModel.TEXT, false, null);
        }
        if (column.allDistinct()) {
            return new Choice(FieldModel.IDENTIFIER, true, null);
        }
        return new Choice(repeats(column) ? FieldModel.CATEGORICAL : FieldModel.TEXT, false, null);
    }

    private static Choice forInteger(ColumnValues column) {
        if (isCategorical(column, MAX_NUMERIC_CATEGORIES)) {
            return new Choice(FieldModel.CATEGORICAL, false, null);
        }
        if (column.allDistinct() && (SemanticRule.nameHas(column, "id", "key", "no", "nr", "number", "code") || isDense(column))) {
            return new Choice(FieldModel.IDENTIFIER, true, null);
        }
        return new Choice(FieldModel.NUMERIC, false, null);
    }

    /** Few distinct values, each seen at least twice on average. */
    static boolean isCategorical(ColumnValues column, int maxCategories) {
        int distinct = column.distinctCount();
        return distinct > 0 && distinct <= maxCategories && distinct * 2L <= column.nonNullCount();
    }

    /** Unique whole numbers filling most of their range, like a sequence 1..n with a few gaps. */
    private static boolean isDense(ColumnValues column) {
        long min = column.distinct().stream().mapToLong(value -> Long.parseLong(value.strip())).min().orElse(0);
        long max = column.distinct().stream().mapToLong(value -> Long.parseLong(value.strip())).max().orElse(0);
        return (double) (max - min + 1) <= 1.5 * column.distinctCount();
    }

    private static boolean repeats(ColumnValues column) {
        return column.distinctCount() * 2L <= column.nonNullCount();
    }
}
