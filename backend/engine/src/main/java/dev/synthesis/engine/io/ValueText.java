package dev.synthesis.engine.io;

import dev.synthesis.engine.data.TemporalFormat;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.Representation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.TemporalAccessor;

/**
 * The text of a typed value as the field's {@link Representation} writes it: booleans in the
 * seed's spelling, numbers with its decimal places, temporal values in the field's format. Every
 * writer and the API's previews use it, so what users receive reads like what they uploaded.
 */
public final class ValueText {

    private ValueText() {}

    /** The text of a value; null for a missing one. */
    public static String of(FieldDefinition field, Object value) {
        Representation written = field.representation();
        return switch (value) {
            case null -> null;
            case TemporalAccessor temporal -> TemporalFormat.print(temporal, field.format());
            case Boolean flag -> flag ? written.textOfTrue() : written.textOfFalse();
            case Double number when written.decimals() != null && Double.isFinite(number) ->
                    decimal(number, written.decimals(), written.keepsTrailingZeros());
            case Long number when written.decimals() != null && written.keepsTrailingZeros() ->
                    decimal(number, written.decimals(), true);
            default -> value.toString();
        };
    }

    /** The text of a value, or the field's missing-value marker in its place. */
    public static String orMissing(FieldDefinition field, Object value) {
        return value == null ? field.representation().missingText() : of(field, value);
    }

    /** A number rounded half-up to {@code decimals} places; exact arithmetic on a long where the value allows it. */
    static String decimal(double value, int decimals, boolean trailingZeros) {
        if (Utf8Buffer.isFastDecimal(value, decimals)) {
            Utf8Buffer text = new Utf8Buffer(32);
            text.appendDecimal(value, decimals, trailingZeros);
            return text.toString();
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return (trailingZeros ? rounded : rounded.stripTrailingZeros()).toPlainString();
    }
}
