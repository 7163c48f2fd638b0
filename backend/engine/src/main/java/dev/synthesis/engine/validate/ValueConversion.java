package dev.synthesis.engine.validate;

import dev.synthesis.engine.data.TemporalFormat;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Converts one text value into the typed value its field's type calls for (see the {@code data} package). */
public final class ValueConversion {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ValueConversion() {}

    /**
     * The typed value, or null for null text.
     *
     * @throws IllegalArgumentException with a reason a user can act on, when the text does not fit
     */
    public static Object convert(FieldDefinition field, String text) {
        if (text == null || isMissingMarker(field, text)) {
            return null;
        }
        return switch (field.type()) {
            case STRING -> text;
            case INTEGER -> toLong(text);
            case NUMBER -> toDouble(text);
            case BOOLEAN -> BooleanText.parse(text, field.representation()).orElseThrow(() -> new IllegalArgumentException(
                    "not a boolean (" + field.representation().textOfTrue() + "/" + field.representation().textOfFalse() + ", true/false, yes/no)"));
            case DATE, DATETIME -> toTemporal(field, text);
            case JSON, ARRAY -> toJson(field.type(), text);
        };
    }

    /** The seed's own marker of a missing value ({@code NA}, {@code ?}, {@code NULL}), when the field has one. */
    private static boolean isMissingMarker(FieldDefinition field, String text) {
        String marker = field.representation().missingText();
        return !marker.isEmpty() && text.strip().equals(marker.strip());
    }

    private static Long toLong(String text) {
        BigDecimal number = toDecimal(text, "not an integer");
        try {
            // 12.0 is an integer too: spreadsheets often store whole numbers that way.
            return number.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new IllegalArgumentException("not an integer (or out of the 64-bit range)");
        }
    }

    private static Double toDouble(String text) {
        return toDecimal(text, "not a number").doubleValue();
    }

    /** BigDecimal, unlike Double.parseDouble, refuses NaN, Infinity, hex and type suffixes like 1d. */
    private static BigDecimal toDecimal(String text, String reason) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notDecimal) {
            throw new IllegalArgumentException(reason);
        }
    }

    private static Object toTemporal(FieldDefinition field, String text) {
        try {
            return TemporalFormat.parse(field.type(), field.format(), text.strip());
        } catch (DateTimeParseException notInFormat) {
            String expected = field.format() != null ? field.format() : "ISO-8601";
            throw new IllegalArgumentException("not a " + field.type().jsonName() + " in the format " + expected);
        }
    }

    private static String toJson(FieldType type, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (type == FieldType.ARRAY && !node.isArray()) {
                throw new IllegalArgumentException("not a JSON array");
            }
            return node.toString();
        } catch (JacksonException malformed) {
            throw new IllegalArgumentException("not valid JSON");
        }
    }
}
