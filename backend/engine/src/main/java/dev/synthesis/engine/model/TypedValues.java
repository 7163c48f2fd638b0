package dev.synthesis.engine.model;

import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * Converts between the engine's typed values and the two forms models store: text (for categories)
 * and a number on one axis (for distributions: epoch days for dates, epoch seconds for date-times).
 */
public final class TypedValues {

    private TypedValues() {}

    public static String toText(Object value) {
        return value == null ? null : value.toString();
    }

    /** Parses the canonical text of {@link #toText} back into the field type's Java type. */
    public static Object fromText(FieldType type, String text) {
        return switch (type) {
            case INTEGER -> Long.valueOf(text);
            case NUMBER -> Double.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case DATETIME -> text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? OffsetDateTime.parse(text) : LocalDateTime.parse(text);
            case STRING, JSON, ARRAY -> text;
        };
    }

    /** A numeric or temporal value on its numeric axis; NaN for anything else. */
    public static double toAxis(Object value) {
        return switch (value) {
            case Number number -> number.doubleValue();
            case LocalDate date -> date.toEpochDay();
            case LocalDateTime dateTime -> dateTime.toEpochSecond(ZoneOffset.UTC);
            case OffsetDateTime dateTime -> dateTime.toEpochSecond();
            case null, default -> Double.NaN;
        };
    }

    /** The typed value at a point of a numeric or temporal axis; {@code offset} null means a local date-time. */
    public static Object fromAxis(FieldType type, double axis, ZoneOffset offset) {
        return switch (type) {
            case INTEGER -> Math.round(axis);
            case NUMBER -> axis;
            case DATE -> LocalDate.ofEpochDay(Math.round(axis));
            case DATETIME -> dateTime(Math.round(axis), offset);
            default -> throw new IllegalArgumentException(type + " has no numeric axis");
        };
    }

    private static Temporal dateTime(long epochSecond, ZoneOffset offset) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, offset == null ? ZoneOffset.UTC : offset);
        return offset == null ? local : OffsetDateTime.of(local, offset);
    }

    /** The zone offset the seed's date-times carry, or null when they are local. */
    public static ZoneOffset offsetOf(Iterable<Object> values) {
        for (Object value : values) {
            if (value instanceof OffsetDateTime dateTime) {
                return dateTime.getOffset();
            }
            if (value != null) {
                return null;
            }
        }
        return null;
    }
}
