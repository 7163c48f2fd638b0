package dev.synthesis.engine.model.numeric;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldDefinition;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Fits a {@link QuantileSampler} from the sorted seed values (at most {@value #MAX_POINTS}
 * interpolated quantiles, so the model never stores the seed itself). Training under differential
 * privacy builds its samplers elsewhere ({@code dp.mst}).
 */
public final class QuantileTrainer {

    static final int MAX_POINTS = 257;

    private QuantileTrainer() {}

    public static QuantileSampler fit(FieldDefinition field, List<Object> values, RandomGenerator random, ZoneOffset offset) {
        double[] sorted = values.stream().filter(Objects::nonNull).mapToDouble(TypedValues::toAxis)
                .filter(Double::isFinite).sorted().toArray();
        AxisBounds declared = AxisBounds.of(field);
        if (sorted.length == 0) {
            return QuantileSampler.uniform(field.type(), declared.orElse(0, 1), offset);
        }
        AxisBounds bounds = declared.orElse(sorted[0], sorted[sorted.length - 1]);
        PointMasses masses = PointMassFinder.find(sorted);
        double[] continuous = PointMassFinder.without(sorted, masses);
        double step = ValueGrid.step(field.type(), sorted);
        if (continuous.length == 0) {
            return new QuantileSampler(field.type(), new double[] {sorted[0], sorted[sorted.length - 1]}, 0, bounds, offset, masses, step);
        }
        if (step > 0) {
            continuous = dequantised(continuous, step, random);
        }
        return new QuantileSampler(field.type(), quantiles(continuous), bandwidth(continuous), bounds, offset, masses, step);
    }

    /**
     * Values on a grid spread uniformly over ±½ step (dequantisation, as for discrete data in density
     * estimation: Theis, van den Oord &amp; Bethge 2016), so rounding the smoothed output gives each
     * grid value its own share instead of piling values up at the bounds.
     */
    private static double[] dequantised(double[] onGrid, double step, RandomGenerator random) {
        double[] spread = new double[onGrid.length];
        for (int i = 0; i < onGrid.length; i++) {
            spread[i] = onGrid[i] + (random.nextDouble() - 0.5) * step;
        }
        Arrays.sort(spread);
        return spread;
    }

    static double[] quantiles(double[] sorted) {
        int points = Math.min(MAX_POINTS, Math.max(2, sorted.length));
        double[] table = new double[points];
        for (int i = 0; i < points; i++) {
            double position = (double) i / (points - 1) * (sorted.length - 1);
            int index = (int) position;
            double next = sorted[Math.min(index + 1, sorted.length - 1)];
            table[i] = sorted[index] + (position - index) * (next - sorted[index]);
        }
        return table;
    }

    /** Half of Silverman's rule of thumb: the quantile interpolation already smooths, the jitter only blurs ties and seeds. */
    static double bandwidth(double[] sorted) {
        int n = sorted.length;
        if (n < 2) {
            return 0;
        }
        double mean = Arrays.stream(sorted).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(sorted).map(x -> (x - mean) * (x - mean)).sum() / (n - 1));
        double iqr = sorted[(int) (0.75 * (n - 1))] - sorted[(int) (0.25 * (n - 1))];
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
        return 0.5 * 0.9 * spread * Math.pow(n, -0.2);
    }
}
