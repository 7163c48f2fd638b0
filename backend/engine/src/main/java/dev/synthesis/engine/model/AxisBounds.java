package dev.synthesis.engine.model;

import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A field's declared min/max on its numeric axis (epoch days or seconds for temporal fields), rounded
 * inwards so that every double inside still satisfies the declared decimal bound however a validator
 * compares (exactly or by shortest decimal text).
 */
public record AxisBounds(double lower, double upper) {

    public static final AxisBounds UNBOUNDED = new AxisBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public static AxisBounds of(FieldDefinition field) {
        double lower = axis(field.type(), field.constraints().min(), true).orElse(Double.NEGATIVE_INFINITY);
        double upper = axis(field.type(), field.constraints().max(), false).orElse(Double.POSITIVE_INFINITY);
        return new AxisBounds(lower, upper);
    }

    public boolean bounded() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /** These bounds narrowed to [lower, upper] where they were open. */
    public AxisBounds orElse(double fallbackLower, double fallbackUpper) {
        return new AxisBounds(Double.isFinite(lower) ? lower : fallbackLower,
                Double.isFinite(upper) ? upper : fallbackUpper);
    }

    /** Folds a value back inside the bounds (reflection keeps density near a bound instead of piling it up). */
    public double reflect(double value) {
        double result = value;
        if (result < lower) {
            result = 2 * lower - result;
        }
        if (result > upper) {
            result = 2 * upper - result;
        }
        return clamp(result);
    }

    public double clamp(double value) {
        return Math.min(Math.max(value, lower), upper);
    }

    private static Optional<Double> axis(FieldType type, Bound bound, boolean isLower) {
        if (bound == null) {
            return Optional.empty();
        }
        if (type.isTemporal()) {
            return bound.asEpochSecond().map(second -> type == FieldType.DATE
                    ? (double) Math.floorDiv(second + (isLower ? 86_399 : 0), 86_400) : (double) second);
        }
        return bound.asNumber().map(exact -> inward(exact, isLower, type == FieldType.INTEGER));
    }

    private static double inward(BigDecimal exact, boolean isLower, boolean integer) {
        if (integer) {
            BigDecimal whole = exact.setScale(0, isLower ? java.math.RoundingMode.CEILING : java.math.RoundingMode.FLOOR);
            return whole.doubleValue();
        }
        double value = exact.doubleValue();
        int direction = new BigDecimal(value).compareTo(exact);
        if (isLower && direction < 0) {
            return Math.nextUp(value);
        }
        if (!isLower && direction > 0) {
            return Math.nextDown(value);
        }
        return value;
    }
}
