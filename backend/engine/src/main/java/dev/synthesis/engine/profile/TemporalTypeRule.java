package dev.synthesis.engine.profile;

import dev.synthesis.engine.data.TemporalFormat;
import dev.synthesis.engine.schema.FieldType;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Every value parses strictly with one of the common date or date-time patterns; the first such
 * pattern becomes the field's format. When day and month are both at most 12 everywhere, the
 * order of the candidates decides: day first ({@code dd/MM/yyyy}) as most of the world writes it.
 */
final class TemporalTypeRule implements TypeRule {

    static final List<String> DATE_PATTERNS = List.of(
            "yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "d/M/yyyy", "M/d/yyyy",
            "d MMM yyyy", "MMM d, yyyy");
    static final List<String> DATE_TIME_PATTERNS = List.of(
            "yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS",
            "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.SSS", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ssXXX",
            "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm", "dd.MM.yyyy HH:mm:ss",
            "dd.MM.yyyy HH:mm");

    private final FieldType type;
    private final List<String> patterns;

    private TemporalTypeRule(FieldType type, List<String> patterns) {
        this.type = type;
        this.patterns = patterns;
    }

    static TemporalTypeRule dates() {
        return new TemporalTypeRule(FieldType.DATE, DATE_PATTERNS);
    }

    static TemporalTypeRule dateTimes() {
        return new TemporalTypeRule(FieldType.DATETIME, DATE_TIME_PATTERNS);
    }

    @Override
    public Optional<TypeGuess> apply(ColumnValues column) {
        return patterns.stream()
                .filter(pattern -> column.all(value -> parses(TemporalFormat.formatter(pattern), value.strip())))
                .findFirst()
                .map(pattern -> new TypeGuess(type, pattern));
    }

    private static boolean parses(DateTimeFormatter formatter, String value) {
        try {
            formatter.parse(value);
            return true;
        } catch (DateTimeParseException notThisPattern) {
            return false;
        }
    }
}
