package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.Representation;
import dev.synthesis.engine.validate.BooleanText;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * How a seed column writes its values, so generated files can write them the same way: the
 * spelling of true and false (the most frequent of each; a one-sided column gets the partner word
 * in the same case), the decimal places of numbers and whether trailing zeros are kept, and the
 * missing-value marker.
 */
final class RepresentationInference {

    private static final int MAX_COUNTED = 15;
    private static final double NEARLY_ALL = 0.99;

    private RepresentationInference() {}

    static Representation infer(ColumnValues column, FieldType type, Optional<String> missingMarker) {
        Representation written = Representation.DEFAULT.withMissing(missingMarker.orElse(null));
        if (type == FieldType.BOOLEAN) {
            return booleans(column, written);
        }
        if (type == FieldType.NUMBER || type == FieldType.INTEGER) {
            return decimals(column, written);
        }
        return written;
    }

    private static Representation booleans(ColumnValues column, Representation written) {
        Optional<String> trueText = mostFrequent(column, true);
        Optional<String> falseText = mostFrequent(column, false);
        String yes = trueText.orElseGet(() -> falseText.map(BooleanText::partner).orElse(written.textOfTrue()));
        String no = falseText.orElseGet(() -> trueText.map(BooleanText::partner).orElse(written.textOfFalse()));
        return written.withBooleans(yes, no);
    }

    private static Optional<String> mostFrequent(ColumnValues column, boolean meaning) {
        return column.counts().entrySet().stream()
                .filter(entry -> BooleanText.parse(entry.getKey()).orElse(!meaning) == meaning)
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(entry -> entry.getKey().strip());
    }

    /**
     * The decimal places 99 % of the rows need (a price list with a few three-decimal prices stays at
     * two), and whether the seed pads to them with trailing zeros ({@code 12.50}, {@code 13694.0}):
     * only when 99 % of rows have exactly that many and some end in zero. Plain decimals only: a
     * column with scientific notation keeps the shortest exact text.
     */
    private static Representation decimals(ColumnValues column, Representation written) {
        long[] rowsByDecimals = new long[MAX_COUNTED + 1];
        boolean padded = false;
        for (Map.Entry<String, Long> value : column.counts().entrySet()) {
            String text = value.getKey().strip();
            if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                return written;
            }
            int point = text.indexOf('.');
            int places = point < 0 ? 0 : text.length() - point - 1;
            rowsByDecimals[Math.min(places, MAX_COUNTED)] += value.getValue();
            padded |= point >= 0 && text.endsWith("0");
        }
        long total = java.util.Arrays.stream(rowsByDecimals).sum();
        int decimals = 0;
        long covered = rowsByDecimals[0];
        while (decimals < MAX_COUNTED && covered < NEARLY_ALL * total) {
            decimals++;
            covered += rowsByDecimals[decimals];
        }
        if (decimals == 0) {
            return written;
        }
        boolean fixed = padded && rowsByDecimals[decimals] >= NEARLY_ALL * total;
        return written.withDecimals(decimals, fixed);
    }
}
