package dev.synthesis.engine.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Whether a text value is a valid instance of a field type, in its canonical (ISO) form. */
public final class ValueParsing {

    private ValueParsing() {}

    public static boolean fits(FieldType type, String value) {
        return switch (type) {
            case STRING, JSON, ARRAY -> true;
            case NUMBER -> isNumber(value);
            case INTEGER -> isNumber(value) && new BigDecimal(value).stripTrailingZeros().scale() <= 0;
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            case DATE -> isDate(value);
            case DATETIME -> isDateTime(value);
        };
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.trim());
            return true;
        } catch (NumberFormatException notNumber) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException notDate) {
            return false;
        }
    }

    private static boolean isDateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime.parse(value);
                return true;
            } catch (DateTimeParseException notLocal) {
                return false;
            }
        }
    }
}
