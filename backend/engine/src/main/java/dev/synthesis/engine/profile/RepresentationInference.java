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

    private RepresentationInference() {}

    static Representation infer(ColumnValues column, FieldType type, Optional<String> missingMarker) {
        Representation written = Representation.DEFAULT.withMissing(missingMarker.orElse(null));
        if (type == FieldType.BOOLEAN) {
            return booleans(column, written);
        }
        if (type == FieldType.NUMBER) {
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

    /** Plain decimals only: a column with scientific notation keeps the shortest exact text. */
    private static Representation decimals(ColumnValues column, Representation written) {
        int decimals = 0;
        boolean trailingZeros = false;
        for (String value : column.distinct()) {
            String text = value.strip();
            if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                return written;
            }
            int point = text.indexOf('.');
            if (point >= 0) {
                decimals = Math.max(decimals, text.length() - point - 1);
                trailingZeros |= text.endsWith("0");
            }
        }
        return written.withDecimals(decimals, trailingZeros);
    }
}
