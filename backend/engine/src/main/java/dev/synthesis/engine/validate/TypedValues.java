package dev.synthesis.engine.validate;

import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

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
}
