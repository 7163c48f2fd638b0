package dev.synthesis.engine.generate;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.model.categorical.CategoricalTrainer;
import dev.synthesis.engine.model.fake.FakeSampler;
import dev.synthesis.engine.model.identifier.SequenceSampler;
import dev.synthesis.engine.model.identifier.UuidSampler;
import dev.synthesis.engine.model.json.JsonShapeTrainer;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.numeric.QuantileTrainer;
import dev.synthesis.engine.model.pattern.PatternLearner;
import dev.synthesis.engine.model.pattern.PatternSampler;
import dev.synthesis.engine.model.text.TextTrainer;
import dev.synthesis.engine.model.text.WordTextTrainer;
import dev.synthesis.engine.model.timeseries.TemporalSequenceSampler;
import dev.synthesis.engine.model.timeseries.TimeSeriesTrainer;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Trains one field's sampler with the model chosen for it. Without a column (schema-only mode, or any
 * field under differential privacy that MST does not learn) it falls back to {@link SchemaOnly}.
 *
 * @param rareBelow the rare-category threshold k of the field's privacy level
 * @param periods   seasonal periods of the table's time axis in rows, empty when there is none
 */
record FieldFitter(FieldDefinition field, List<Object> column, int rareBelow, RandomGenerator random,
                   long seed, double[] periods) {

    FieldSampler fit(FieldModel model) {
        if (column == null || model == FieldModel.FAKE) {
            return model == FieldModel.FAKE ? fake() : SchemaOnly.sampler(field);
        }
        return switch (model) {
            case CATEGORICAL -> categorical();
            case NUMERIC, DATETIME -> QuantileTrainer.fit(field, column, random, offset());
            case UNIFORM -> uniform();
            case TIMESERIES -> TimeSeriesTrainer.fit(field, column, periods);
            case TEXT -> text();
            case PATTERN -> pattern(field.constraints().unique());
            case IDENTIFIER -> identifier();
            case REFERENCE -> reference();
            case JSON -> field.declaresStructure() ? new NestedFitter(field, column, rareBelow, random, seed).fit()
                    : JsonShapeTrainer.fit(column, rareBelow, seed);
            default -> SchemaOnly.sampler(field);
        };
    }

    FieldSampler timeAxis() {
        List<Object> present = column.stream().filter(Objects::nonNull).toList();
        double start = TypedValues.toAxis(present.getFirst());
        return new TemporalSequenceSampler(field.type(), start, TimeAxis.medianStep(present), offset());
    }

    private FieldSampler categorical() {
        return CategoricalTrainer.fit(field, column, rareBelow)
                .<FieldSampler>map(sampler -> sampler)
                .orElseGet(this::fallback);
    }

    /** When every category is rare, a field is better served by a model that invents values. */
    private FieldSampler fallback() {
        return switch (field.type()) {
            case STRING -> pattern(false);
            case INTEGER, NUMBER, DATE, DATETIME -> QuantileTrainer.fit(field, column, random, offset());
            default -> SchemaOnly.sampler(field);
        };
    }

    /** Uniform between the declared bounds, or the seed's range where a bound is not declared. */
    private FieldSampler uniform() {
        if (!field.type().isNumeric() && !field.type().isTemporal()) {
            return SchemaOnly.sampler(field);
        }
        double[] seen = column.stream().filter(Objects::nonNull).mapToDouble(TypedValues::toAxis).sorted().toArray();
        AxisBounds bounds = seen.length == 0 ? SchemaOnly.bounds(field)
                : AxisBounds.of(field).orElse(seen[0], seen[seen.length - 1]);
        return QuantileSampler.uniform(field.type(), bounds, offset());
    }

    /** Sentence-like columns get the word model, short strings (names, codes, labels) the character model. */
    private FieldSampler text() {
        List<String> values = strings();
        return WordTextTrainer.suits(values) ? WordTextTrainer.fit(field, values, rareBelow, seed)
                : TextTrainer.fit(field, column, rareBelow, seed);
    }

    private FieldSampler pattern(boolean unique) {
        if (field.constraints().pattern() != null) {
            return new PatternSampler(field.constraints().pattern(), unique);
        }
        return PatternLearner.learn(strings())
                .<FieldSampler>map(regex -> new PatternSampler(regex, unique))
                .orElseGet(() -> unique ? new UuidSampler() : text());
    }

    /** Integers without an upper bound count up from the seed's smallest value; everything else is a permuted range. */
    private FieldSampler identifier() {
        if (field.type() == FieldType.STRING) {
            return pattern(field.constraints().unique());
        }
        AxisBounds declared = AxisBounds.of(field);
        if (field.type() != FieldType.INTEGER || Double.isFinite(declared.upper())) {
            return SchemaOnly.unique(field);
        }
        long seen = column.stream().filter(Objects::nonNull).mapToLong(value -> ((Number) value).longValue()).min().orElse(1);
        return new SequenceSampler(Double.isFinite(declared.lower()) ? Math.max(seen, (long) declared.lower()) : seen, 1);
    }

    /** References to other tables are not joined here: their values follow the seed's shape or distribution. */
    private FieldSampler reference() {
        return field.type() == FieldType.STRING ? pattern(false)
                : QuantileTrainer.fit(field, column, random, offset());
    }

    private FieldSampler fake() {
        SemanticKind kind = field.semanticKind() != null ? field.semanticKind() : SemanticKind.PERSON_NAME;
        return kind == SemanticKind.UUID ? new UuidSampler() : new FakeSampler(kind, field.constraints().unique(),
                field.constraints().minLength(), field.constraints().maxLength());
    }

    private List<String> strings() {
        return column.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }

    private java.time.ZoneOffset offset() {
        return field.type() == FieldType.DATETIME ? TypedValues.offsetOf(column) : null;
    }
}
