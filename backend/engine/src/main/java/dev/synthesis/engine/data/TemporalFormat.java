package dev.synthesis.engine.data;

import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses and prints DATE and DATETIME values with a field's {@code format} (a
 * {@link DateTimeFormatter} pattern), falling back to ISO-8601 when a field has none.
 *
 * <p>Parsing is strict, so {@code 31/02/2024} is an error rather than silently becoming the 29th.
 * Strict resolution needs proleptic years, so pattern letter {@code y} is read as {@code u}: users
 * keep writing the familiar {@code yyyy-MM-dd}.
 */
public final class TemporalFormat {

    /** Formatters are immutable and costly to build from a pattern, and a table uses few patterns. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 1_000;
    private static final Map<String, Optional<FixedDatePattern>> FIXED = new ConcurrentHashMap<>();

    private TemporalFormat() {}

    /** A strict formatter for the pattern; {@code y} (year of era) is read as {@code u} (proleptic year). */
    public static DateTimeFormatter formatter(String pattern) {
        DateTimeFormatter cached = FORMATTERS.get(pattern);
        if (cached != null) {
            return cached;
        }
        DateTimeFormatter built = DateTimeFormatter.ofPattern(withProlepticYear(pattern), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        if (FORMATTERS.size() < MAX_CACHED) {
            FORMATTERS.put(pattern, built);
        }
        return built;
    }

    /** Whether the pattern carries a zone or offset, so values are {@link OffsetDateTime}s. */
    public static boolean hasOffset(String pattern) {
        return unquoted(pattern).chars().anyMatch(letter -> letter == 'X' || letter == 'x' || letter == 'Z' || letter == 'O');
    }

    /**
     * The typed value of {@code text}: a {@link LocalDate} for DATE, an {@link OffsetDateTime} or
     * {@link LocalDateTime} for DATETIME. ISO-8601 text is accepted whatever the format, because
     * spreadsheets and JSON sources hand dates over in ISO form.
     *
     * @throws DateTimeParseException when the text fits neither the format nor ISO-8601
     */
    public static Object parse(FieldType type, String format, String text) {
        if (format != null) {
            try {
                return parseWith(type, formatter(format), hasOffset(format), text);
            } catch (DateTimeParseException notInFormat) {
                return parseIso(type, text, notInFormat);
            }
        }
        return parseIso(type, text, null);
    }

    /** The text of a temporal value in the format, or in ISO-8601 when there is none or it cannot show the value. */
    public static String print(TemporalAccessor value, String format) {
        if (format != null) {
            Optional<String> fixed = fixed(format).flatMap(pattern -> pattern.print(value));
            if (fixed.isPresent()) {
                return fixed.get();
            }
            try {
                return formatter(format).format(value);
            } catch (UnsupportedTemporalTypeException formatNeedsMoreThanValueHas) {
                return value.toString();
            }
        }
        return value.toString();
    }

    private static Optional<FixedDatePattern> fixed(String pattern) {
        Optional<FixedDatePattern> cached = FIXED.get(pattern);
        if (cached != null) {
            return cached;
        }
        Optional<FixedDatePattern> built = FixedDatePattern.of(pattern);
        if (FIXED.size() < MAX_CACHED) {
            FIXED.put(pattern, built);
        }
        return built;
    }

    private static Object parseWith(FieldType type, DateTimeFormatter formatter, boolean offset, String text) {
        if (type == FieldType.DATE) {
            return LocalDate.parse(text, formatter);
        }
        return offset ? OffsetDateTime.parse(text, formatter) : LocalDateTime.parse(text, formatter);
    }

    private static Object parseIso(FieldType type, String text, DateTimeParseException formatFailure) {
        try {
            if (type == FieldType.DATE) {
                return LocalDate.parse(text);
            }
            return text.length() > 19 && hasIsoOffset(text) ? OffsetDateTime.parse(text) : LocalDateTime.parse(text);
        } catch (DateTimeParseException notIso) {
            throw formatFailure != null ? formatFailure : notIso;
        }
    }

    private static boolean hasIsoOffset(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 'Z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
    }

    private static String withProlepticYear(String pattern) {
        StringBuilder result = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            result.append(!quoted && c == 'y' ? 'u' : c);
        }
        return result.toString();
    }

    private static String unquoted(String pattern) {
        return pattern.replaceAll("'[^']*'", "");
    }
}
