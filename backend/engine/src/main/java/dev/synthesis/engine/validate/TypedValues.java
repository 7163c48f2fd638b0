package dev.synthesis.engine.validate;

import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Whether a value has the Java type the {@code data} package's convention gives a field type. */
public final class TypedValues {

    private TypedValues() {}

    public static boolean hasType(FieldType type, Object value) {
        return switch (type) {
            case STRING, JSON, ARRAY -> value instanceof String;
            case INTEGER -> value instanceof Long;
            case NUMBER -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
            case DATETIME -> value instanceof LocalDateTime || value instanceof OffsetDateTime;
        };
    }

    /** What a typed value is, in words (messages never name Java types). */
    public static String kindOf(Object value) {
        return switch (value) {
            case String text -> "text";
            case Long number -> "a whole number";
            case Double number -> "a number";
            case Boolean truth -> "true or false";
            case LocalDate date -> "a date";
            case LocalDateTime dateTime -> "a date-time";
            case OffsetDateTime dateTime -> "a date-time";
            default -> "a value of another kind";
        };
    }

    /**
     * Where a numeric or temporal value lies on its field's scale (the number itself, or epoch
     * seconds with dates at midnight UTC), to compare with {@link #position(FieldType, Bound)};
     * empty for values of other kinds.
     */
    public static Optional<BigDecimal> position(Object value) {
        return switch (value) {
            case Long number -> Optional.of(BigDecimal.valueOf(number));
            case Double number -> Optional.of(BigDecimal.valueOf(number));
            case LocalDate date -> Optional.of(BigDecimal.valueOf(date.toEpochDay() * 86_400L));
            case LocalDateTime dateTime -> Optional.of(BigDecimal.valueOf(dateTime.toEpochSecond(ZoneOffset.UTC)));
            case OffsetDateTime dateTime -> Optional.of(BigDecimal.valueOf(dateTime.toEpochSecond()));
            default -> Optional.empty();
        };
    }

    /** Where a declared min or max lies on the scale of a field of this type; empty when it does not read as one. */
    public static Optional<BigDecimal> position(FieldType type, Bound bound) {
        return type.isNumeric() ? bound.asNumber() : bound.asEpochSecond().map(BigDecimal::valueOf);
    }
}
