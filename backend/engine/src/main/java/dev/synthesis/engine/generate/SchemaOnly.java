package dev.synthesis.engine.generate;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.categorical.CategoricalTrainer;
import dev.synthesis.engine.model.fake.FakeSampler;
import dev.synthesis.engine.model.identifier.SequenceSampler;
import dev.synthesis.engine.model.identifier.UniqueRangeSampler;
import dev.synthesis.engine.model.identifier.UuidSampler;
import dev.synthesis.engine.model.json.JsonShapeTrainer;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.pattern.PatternSampler;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Samplers built from a field's declaration alone: uniform within min/max (a default range when one
 * side is open), enum values, patterns, lengths, fakes for semantic kinds, unique identifiers, and
 * JSON values built member by member from a declared structure.
 */
final class SchemaOnly {

    private static final double DEFAULT_NUMBER_SPAN = 1_000;
    private static final double DEFAULT_START_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final double DEFAULT_DAY_SPAN = 3_650;
    private static final int DEFAULT_MIN_LENGTH = 5;
    private static final int DEFAULT_MAX_LENGTH = 12;

    private SchemaOnly() {}

    static FieldSampler sampler(FieldDefinition field) {
        Constraints constraints = field.constraints();
        if (field.semanticKind() != null) {
            return field.semanticKind() == SemanticKind.UUID ? new UuidSampler()
                    : new FakeSampler(field.semanticKind(), constraints.unique(), constraints.minLength(), constraints.maxLength());
        }
        if (constraints.unique()) {
            return unique(field);
        }
        if (constraints.enumValues() != null) {
            return CategoricalTrainer.uniform(field.type(), constraints.enumValues());
        }
        return switch (field.type()) {
            case BOOLEAN -> CategoricalTrainer.uniform(FieldType.BOOLEAN, List.of("true", "false"));
            case INTEGER, NUMBER, DATE, DATETIME -> QuantileSampler.uniform(field.type(), bounds(field), declaredOffset(field));
            case JSON, ARRAY -> field.declaresStructure() ? NestedFitter.schemaOnly(field) : JsonShapeTrainer.empty(field.type());
            case STRING -> new PatternSampler(stringPattern(constraints), false);
        };
    }

    static FieldSampler unique(FieldDefinition field) {
        Constraints constraints = field.constraints();
        if (field.type() == FieldType.STRING) {
            return constraints.pattern() != null ? new PatternSampler(constraints.pattern(), true) : new UuidSampler();
        }
        AxisBounds declared = AxisBounds.of(field);
        if (field.type() == FieldType.INTEGER && !Double.isFinite(declared.upper())) {
            long start = Double.isFinite(declared.lower()) ? (long) declared.lower() : 1;
            return new SequenceSampler(start, 1);
        }
        AxisBounds range = bounds(field);
        return UniqueRangeSampler.over(field.type(), range.lower(), range.upper(), declaredOffset(field));
    }

    /** The declared range on the field's axis, with a default span where a side is open. */
    static AxisBounds bounds(FieldDefinition field) {
        AxisBounds declared = AxisBounds.of(field);
        double span = field.type() == FieldType.DATE ? DEFAULT_DAY_SPAN
                : field.type() == FieldType.DATETIME ? DEFAULT_DAY_SPAN * 86_400 : DEFAULT_NUMBER_SPAN;
        double start = field.type() == FieldType.DATE ? DEFAULT_START_DAY
                : field.type() == FieldType.DATETIME ? DEFAULT_START_DAY * 86_400 : 0;
        if (declared.bounded()) {
            return declared;
        }
        if (Double.isFinite(declared.lower())) {
            return new AxisBounds(declared.lower(), declared.lower() + span);
        }
        if (Double.isFinite(declared.upper())) {
            return new AxisBounds(declared.upper() - span, declared.upper());
        }
        return new AxisBounds(start, start + span);
    }

    /** Date-times keep the zone offset their declared bounds are written with; without one they are local. */
    static ZoneOffset declaredOffset(FieldDefinition field) {
        if (field.type() != FieldType.DATETIME) {
            return null;
        }
        return Stream.of(field.constraints().min(), field.constraints().max()).filter(Objects::nonNull)
                .map(bound -> offset(bound.text())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static ZoneOffset offset(String text) {
        try {
            return OffsetDateTime.parse(text).getOffset();
        } catch (DateTimeParseException local) {
            return null;
        }
    }

    private static String stringPattern(Constraints constraints) {
        if (constraints.pattern() != null) {
            return constraints.pattern();
        }
        int min = constraints.minLength() != null ? constraints.minLength() : Math.min(DEFAULT_MIN_LENGTH,
                constraints.maxLength() != null ? constraints.maxLength() : DEFAULT_MIN_LENGTH);
        int max = constraints.maxLength() != null ? constraints.maxLength() : Math.max(min, DEFAULT_MAX_LENGTH);
        return "[a-z]{" + min + "," + max + "}";
    }
}
