package dev.synthesis.engine.profile;

import dev.synthesis.engine.data.TemporalFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Range, mean and spread of a column once its type is known; temporal ranges are given in ISO-8601. */
record ColumnStatistics(String min, String max, Double mean, Double standardDeviation, Integer minLength, Integer maxLength) {

    static ColumnStatistics of(ColumnValues column, TypeGuess guess) {
        Integer minLength = column.distinct().stream().map(ColumnStatistics::length).min(Integer::compare).orElse(null);
        Integer maxLength = column.distinct().stream().map(ColumnStatistics::length).max(Integer::compare).orElse(null);
        if (guess.type().isNumeric()) {
            return numeric(column, minLength, maxLength);
        }
        if (guess.type().isTemporal()) {
            return temporal(column, guess, minLength, maxLength);
        }
        return new ColumnStatistics(null, null, null, null, minLength, maxLength);
    }

    private static ColumnStatistics numeric(ColumnValues column, Integer minLength, Integer maxLength) {
        Optional<BigDecimal> min = column.distinct().stream().map(value -> new BigDecimal(value.strip())).min(Comparator.naturalOrder());
        Optional<BigDecimal> max = column.distinct().stream().map(value -> new BigDecimal(value.strip())).max(Comparator.naturalOrder());
        double n = column.nonNullCount();
        double sum = 0;
        for (Map.Entry<String, Long> entry : column.counts().entrySet()) {
            sum += Double.parseDouble(entry.getKey().strip()) * entry.getValue();
        }
        double mean = sum / n;
        double squares = 0;
        for (Map.Entry<String, Long> entry : column.counts().entrySet()) {
            double deviation = Double.parseDouble(entry.getKey().strip()) - mean;
            squares += deviation * deviation * entry.getValue();
        }
        return new ColumnStatistics(min.map(BigDecimal::toPlainString).orElse(null), max.map(BigDecimal::toPlainString).orElse(null),
                n > 0 ? mean : null, n > 0 ? Math.sqrt(squares / n) : null, minLength, maxLength);
    }

    private static ColumnStatistics temporal(ColumnValues column, TypeGuess guess, Integer minLength, Integer maxLength) {
        List<Object> values = column.distinct().stream()
                .map(value -> TemporalFormat.parse(guess.type(), guess.format(), value.strip()))
                .toList();
        String min = values.stream().min(ColumnStatistics::compareTemporal).map(Object::toString).orElse(null);
        String max = values.stream().max(ColumnStatistics::compareTemporal).map(Object::toString).orElse(null);
        return new ColumnStatistics(min, max, null, null, minLength, maxLength);
    }

    /** Offset date-times compare by instant, so 10:00+02:00 comes before 09:00Z; other temporal types are naturally ordered. */
    @SuppressWarnings("unchecked")
    private static int compareTemporal(Object a, Object b) {
        if (a instanceof OffsetDateTime left && b instanceof OffsetDateTime right) {
            return left.toInstant().compareTo(right.toInstant());
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
