package dev.synthesis.engine.model.numeric;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldType;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * A mixed marginal: point masses (values that carry a share on their own, such as 95 % zeros) plus a
 * smoothed empirical quantile function for the rest. A uniform inside a point mass's interval gives
 * that value exactly; any other is mapped through a piecewise-linear quantile table of the remaining
 * values, then Gaussian kernel jitter of width {@code bandwidth} is added (a smoothed bootstrap,
 * Silverman, "Density Estimation for Statistics and Data Analysis", 1986, section 6.4) and reflected
 * at the bounds, so values stay inside min/max by construction and seed values are not replayed.
 * Serves integers, numbers, dates and date-times. Values on a grid keep it: an integer column of
 * round thousands stays in thousands, timestamps in whole minutes stay in whole minutes. Their
 * continuous part is fitted to values spread uniformly over ±½ step and rounded back to the step,
 * so rounding does not pile values up at a bound.
 *
 * @param offset the zone offset date-times are produced in; null for local date-times and other types
 * @param masses the point masses, {@link PointMasses#NONE} for a purely continuous column
 * @param step   the grid values are rounded to on the axis (1 for whole numbers and days, 60 for whole
 *               minutes...); 0 for numbers, whose precision is the field's representation
 */
@JsonTypeName("quantile")
public record QuantileSampler(FieldType type, double[] quantiles, double bandwidth, AxisBounds bounds, ZoneOffset offset,
                              PointMasses masses, double step) implements MarginalSampler {

    public QuantileSampler {
        if (quantiles.length < 2) {
            throw new IllegalArgumentException("a quantile table needs at least two points");
        }
        quantiles = quantiles.clone();
        masses = masses == null ? PointMasses.NONE : masses;
    }

    public QuantileSampler(FieldType type, double[] quantiles, double bandwidth, AxisBounds bounds, ZoneOffset offset) {
        this(type, quantiles, bandwidth, bounds, offset, PointMasses.NONE, 0);
    }

    /** Uniform between two points: the schema-only model for bounded numbers and dates. */
    public static QuantileSampler uniform(FieldType type, AxisBounds bounds, ZoneOffset offset) {
        return new QuantileSampler(type, new double[] {bounds.lower(), bounds.upper()}, 0, bounds, offset);
    }

    @Override
    public Object sample(SampleContext context) {
        double u = context.uniform();
        int mass = masses.owning(u);
        if (mass >= 0) {
            return TypedValues.fromAxis(type, masses.values()[mass], offset);
        }
        double value = at(continuousShare(u));
        if (bandwidth > 0) {
            value = bounds.reflect(value + bandwidth * context.random().nextGaussian());
        }
        if (step > 0) {
            value = bounds.clamp(Math.round(value / step) * step);
        }
        return TypedValues.fromAxis(type, bounds.clamp(value), offset);
    }

    /** Where u falls within the continuous part once the point masses' intervals are taken out. */
    private double continuousShare(double u) {
        if (masses.isEmpty()) {
            return u;
        }
        double rest = 1 - masses.total();
        return rest <= 0 ? 0 : Math.min(1, Math.max(0, (u - masses.sharesBelow(u)) / rest));
    }

    @Override
    public double cdf(Object value, double jitter) {
        double x = TypedValues.toAxis(value);
        if (Double.isNaN(x)) {
            return jitter;
        }
        int mass = masses.indexOf(x);
        if (mass >= 0) {
            return masses.from()[mass] + jitter * (masses.to()[mass] - masses.from()[mass]);
        }
        double within = continuousCdf(step > 0 ? x + (jitter - 0.5) * step : x, jitter);
        return masses.isEmpty() ? within : masses.sharesOfValuesBelow(x) + within * (1 - masses.total());
    }

    private double continuousCdf(double x, double jitter) {
        int last = quantiles.length - 1;
        int left = lowerBound(x);
        int right = left;
        while (right < last && quantiles[right + 1] == x) {
            right++;
        }
        if (left <= last && quantiles[left] == x) {
            return (left + jitter * (right - left)) / last;
        }
        if (left == 0) {
            return 0;
        }
        if (left > last) {
            return 1;
        }
        double fraction = (x - quantiles[left - 1]) / (quantiles[left] - quantiles[left - 1]);
        return (left - 1 + fraction) / last;
    }

    private double at(double u) {
        double position = u * (quantiles.length - 1);
        int index = Math.min((int) position, quantiles.length - 2);
        double fraction = position - index;
        return quantiles[index] + fraction * (quantiles[index + 1] - quantiles[index]);
    }

    private int lowerBound(double x) {
        int low = 0;
        int high = quantiles.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (quantiles[middle] < x) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuantileSampler that && type == that.type && Arrays.equals(quantiles, that.quantiles)
                && bandwidth == that.bandwidth && bounds.equals(that.bounds) && java.util.Objects.equals(offset, that.offset)
                && masses.equals(that.masses) && step == that.step;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(quantiles) * 31 + Double.hashCode(bandwidth);
    }

    @Override
    public String toString() {
        return "QuantileSampler[" + type + ", " + quantiles.length + " points, bandwidth " + bandwidth + ", " + masses + "]";
    }
}
