package dev.synthesis.engine.profile;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.Representation;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Infers a schema from a raw seed (every value text, as {@code io.SeedReader} gives it): per
 * column the type and date format, the semantic kind, constraints and a suggested model, plus
 * statistics. Values decide; column names only separate kinds whose values look alike.
 */
public final class Profiler {

    static final String DEFAULT_SCHEMA_NAME = "Profiled seed";
    private static final int TOP_VALUES = 10;

    private Profiler() {}

    public static Profile profile(Table raw) {
        return profile(raw, DEFAULT_SCHEMA_NAME);
    }

    public static Profile profile(Table raw, String schemaName) {
        List<FieldDefinition> definitions = new ArrayList<>();
        List<FieldProfile> profiles = new ArrayList<>();
        for (int i = 0; i < raw.columns().size(); i++) {
            ColumnValues column = ColumnValues.of(raw.columns().get(i), raw.column(i));
            FieldProfile profile = profileColumn(column, definitions);
            profiles.add(profile);
            FieldDefinition last = definitions.getLast();
            if (last.type() == FieldType.JSON || last.type() == FieldType.ARRAY) {
                // the raw column, not its distinct values, gives the members in the order they first appear
                definitions.set(i, NestedInference.declare(last, raw.column(i)));
            }
        }
        return new Profile(new DataSchema(schemaName, null, null, definitions, null, null), profiles);
    }

    private static FieldProfile profileColumn(ColumnValues raw, List<FieldDefinition> definitions) {
        Optional<String> missingMarker = MissingMarker.find(raw);
        ColumnValues column = missingMarker.map(raw::without).orElse(raw);
        TypeGuess guess = TypeInference.infer(column);
        Optional<SemanticKind> kind = guess.type() == FieldType.STRING ? SemanticDetection.detect(column) : Optional.empty();
        ModelChoice.Choice choice = ModelChoice.choose(column, guess, kind);
        ColumnStatistics statistics = ColumnStatistics.of(column, guess);
        ConstraintInference.Inferred constraints = ConstraintInference.infer(column, guess, statistics, choice);
        Representation written = RepresentationInference.infer(column, guess.type(), missingMarker);
        definitions.add(new FieldDefinition(column.name(), guess.type(), constraints.declared(), choice.model(), null, null,
                guess.format(), kind.orElse(null), null, written, constraints.observed()));
        double nullRate = column.rowCount() == 0 ? 0 : (double) column.nullCount() / column.rowCount();
        return new FieldProfile(column.name(), guess.type(), guess.format(), kind.orElse(null), choice.model(),
                column.rowCount(), column.nullCount(), nullRate, column.distinctCount(),
                statistics.min(), statistics.max(), statistics.mean(), statistics.standardDeviation(),
                statistics.minLength(), statistics.maxLength(), revealsNoOne(kind, choice) ? column.top(TOP_VALUES) : List.of(), written);
    }

    /** Frequent values are shown for categories, never for personal data or unique codes, which would list real people or records. */
    private static boolean revealsNoOne(Optional<SemanticKind> kind, ModelChoice.Choice choice) {
        return kind.filter(SemanticKind::isPersonal).isEmpty() && !choice.unique();
    }
}
