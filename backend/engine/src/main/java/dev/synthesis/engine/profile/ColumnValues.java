package dev.synthesis.engine.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One raw column as the profiling rules see it: its name, how many rows and nulls it has, and
 * its distinct values with their counts. Rules test distinct values, so a value repeated a
 * million times is parsed once.
 */
final class ColumnValues {

    /** Share of distinct values a semantic rule needs to match, so a few dirty values do not hide the kind. */
    static final double MOSTLY = 0.95;

    private final String name;
    private final long rowCount;
    private final long nullCount;
    private final Map<String, Long> counts;
    private final List<String> distinct;

    ColumnValues(String name, long rowCount, long nullCount, Map<String, Long> counts) {
        this.name = name;
        this.rowCount = rowCount;
        this.nullCount = nullCount;
        this.counts = counts;
        this.distinct = List.copyOf(counts.keySet());
    }

    static ColumnValues of(String name, List<Object> values) {
        Map<String, Long> counts = new HashMap<>();
        long nulls = 0;
        for (Object value : values) {
            if (value == null) {
                nulls++;
            } else {
                counts.merge((String) value, 1L, Long::sum);
            }
        }
        return new ColumnValues(name, values.size(), nulls, counts);
    }

    /** This column with every occurrence of {@code value} counted as missing instead. */
    ColumnValues without(String value) {
        Map<String, Long> rest = new HashMap<>(counts);
        Long removed = rest.remove(value);
        return new ColumnValues(name, rowCount, nullCount + (removed == null ? 0 : removed), rest);
    }

    String name() {
        return name;
    }

    /** The column name in lower case with separators as spaces, for word-wise hints ({@code first_name} → {@code first name}). */
    String nameWords() {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_\\-.]+", " ").toLowerCase(Locale.ROOT).strip();
    }

    long rowCount() {
        return rowCount;
    }

    long nullCount() {
        return nullCount;
    }

    long nonNullCount() {
        return rowCount - nullCount;
    }

    int distinctCount() {
        return counts.size();
    }

    boolean allDistinct() {
        return nonNullCount() >= 2 && counts.size() == nonNullCount();
    }

    List<String> distinct() {
        return distinct;
    }

    Map<String, Long> counts() {
        return counts;
    }

    boolean all(Predicate<String> test) {
        return !counts.isEmpty() && counts.keySet().stream().allMatch(test);
    }

    /** Share of distinct values passing the test; 0 for an empty column. */
    double share(Predicate<String> test) {
        return counts.isEmpty() ? 0 : (double) counts.keySet().stream().filter(test).count() / counts.size();
    }

    /** The most frequent values, most frequent first, ties in value order. */
    List<ValueCount> top(int limit) {
        List<ValueCount> top = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(entry -> top.add(new ValueCount(entry.getKey(), entry.getValue())));
        return top;
    }
}
