package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A min or max constraint: a number for numeric fields, an ISO-8601 date or date-time for
 * temporal ones. Kept as text so one JSON shape serves every type; typed views parse on demand.
 */
public record Bound(String text) {

    public Bound {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a bound needs a value");
        }
    }

    @JsonCreator
    public static Bound fromJson(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw new IllegalArgumentException("a bound is a number or an ISO-8601 date, not an object or a list");
        }
        return new Bound(String.valueOf(value).trim());
    }

    public static Bound of(Number number) {
        return new Bound(new BigDecimal(number.toString()).toPlainString());
    }

    @JsonValue
    public Object jsonValue() {
        return asNumber().<Object>map(number -> number).orElse(text);
    }

    public Optional<BigDecimal> asNumber() {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notNumeric) {
            return Optional.empty();
        }
    }

    /** The bound as a point in time, in epoch seconds (dates at midnight UTC), if it is ISO-8601. */
    public Optional<Long> asEpochSecond() {
        try {
            return Optional.of(LocalDate.parse(text).toEpochDay() * 86_400L);
        } catch (DateTimeParseException notDate) {
            return parseDateTime();
        }
    }

    private Optional<Long> parseDateTime() {
        try {
            return Optional.of(OffsetDateTime.parse(text).toEpochSecond());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toEpochSecond(java.time.ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }
}
