package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a field's values are written, so generated files read like the seed they imitate: booleans
 * as the seed spelled them ({@code yes}/{@code no}, {@code Y}/{@code N}), numbers with its decimal
 * places, and a missing value as its marker ({@code NA}, {@code ?}, {@code NULL}). Profiling fills
 * what the seed shows; anything left null takes the default, which a declared schema gets whole.
 *
 * @param trueText      how true is written (boolean fields); default {@code true}
 * @param falseText     how false is written; default {@code false}
 * @param decimals      digits after the decimal point of numbers; null writes the shortest text that
 *                      reads back the same double
 * @param trailingZeros whether numbers keep all {@code decimals} digits ({@code 12.50}) rather than
 *                      dropping trailing zeros ({@code 12.5}); default false
 * @param missing       the text of a missing value in CSV and XLSX, also read as missing from seeds;
 *                      default empty. JSON writes null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Representation(String trueText, String falseText, Integer decimals, Boolean trailingZeros, String missing) {

    public static final Representation DEFAULT = new Representation(null, null, null, null, null);

    private static final String TRUE = "true";
    private static final String FALSE = "false";

    public String textOfTrue() {
        return trueText == null ? TRUE : trueText;
    }

    public String textOfFalse() {
        return falseText == null ? FALSE : falseText;
    }

    public boolean keepsTrailingZeros() {
        return Boolean.TRUE.equals(trailingZeros);
    }

    public String missingText() {
        return missing == null ? "" : missing;
    }

    public Representation withBooleans(String newTrue, String newFalse) {
        return new Representation(newTrue, newFalse, decimals, trailingZeros, missing);
    }

    public Representation withDecimals(Integer newDecimals, boolean keepTrailingZeros) {
        return new Representation(trueText, falseText, newDecimals, keepTrailingZeros, missing);
    }

    public Representation withMissing(String newMissing) {
        return new Representation(trueText, falseText, decimals, trailingZeros, newMissing);
    }

    /** Whether booleans are written as JSON's own literals (any case of true/false). */
    public boolean plainBooleans() {
        return textOfTrue().equalsIgnoreCase(TRUE) && textOfFalse().equalsIgnoreCase(FALSE);
    }
}
