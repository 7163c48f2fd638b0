package dev.synthesis.engine.data;

import dev.synthesis.engine.schema.FieldType;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Converts between a scalar inside a JSON document and the typed value its declared member holds:
 * numbers and booleans are JSON numbers and booleans, dates and date-times JSON strings in the
 * member's format (ISO-8601 without one), as JSON has no temporal type.
 */
public final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {}

    public static JsonNode toNode(FieldType type, String format, Object typed) {
        return switch (typed) {
            case null -> NODES.nullNode();
            case Long number -> NODES.numberNode(number);
            case Double number -> NODES.numberNode(number);
            case Boolean flag -> NODES.booleanNode(flag);
            case TemporalAccessor temporal when type.isTemporal() -> NODES.stringNode(TemporalFormat.print(temporal, format));
            default -> NODES.stringNode(typed.toString());
        };
    }

    /**
     * The typed value of a JSON scalar.
     *
     * @throws IllegalArgumentException with a reason a user can act on, when the node does not fit the type
     */
    public static Object toTyped(FieldType type, String format, JsonNode node) {
        return switch (type) {
            case STRING -> node.isString() ? node.asString() : refuse("text");
            case INTEGER -> node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.asLong() : refuse("a whole number");
            case NUMBER -> node.isNumber() ? (Object) node.asDouble() : refuse("a number");
            case BOOLEAN -> node.isBoolean() ? (Object) node.asBoolean() : refuse("true or false");
            case DATE, DATETIME -> node.isString() ? temporal(type, format, node.asString()) : refuse("a " + type.jsonName() + " string");
            case JSON, ARRAY -> throw new IllegalArgumentException(type + " is a structure, not a scalar");
        };
    }

    private static Object temporal(FieldType type, String format, String text) {
        try {
            return TemporalFormat.parse(type, format, text);
        } catch (DateTimeParseException notInFormat) {
            return refuse("a " + type.jsonName() + " in the format " + (format != null ? format : "ISO-8601"));
        }
    }

    private static Object refuse(String expected) {
        throw new IllegalArgumentException("is not " + expected);
    }
}
