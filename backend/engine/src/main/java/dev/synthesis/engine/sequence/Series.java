package dev.synthesis.engine.sequence;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.Normal;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.timeseries.AutoRegression;
import dev.synthesis.engine.schema.FieldType;

/**
 * One numeric field of an event sequence: an entity's value at event t is its own level, plus a
 * common drift per event, plus a residual from one AR(p) process shared by all entities, on the
 * values or their logarithm, then folded into the field's bounds and rounded to its precision.
 *
 * <p>An entity's level is not drawn blind: the per-row model's values for its rows are turned into
 * one uniform (their mean normal score under the field's marginal, rescaled to unit variance), so a
 * level the per-row model conditioned on the parent survives as the rank of the entity's level.
 *
 * @param field    the field's index in the child schema
 * @param marginal the field's marginal over all events, used only to rank the per-row model's values
 * @param logScale whether levels, drift and residuals are on the log of the values (multiplicative changes)
 * @param levels   the distribution of entity levels (value at event 0, before the residual)
 * @param drift    change per event
 * @param noise    the AR process of the residuals
 * @param burnIn   steps run before the first event so it starts from the stationary distribution
 * @param bounds   the range values are folded into
 * @param decimals digits kept after the decimal point of numbers; null keeps the double
 */
public record Series(int field, FieldType type, QuantileSampler marginal, boolean logScale, QuantileSampler levels, double drift,
                     AutoRegression noise, int burnIn, AxisBounds bounds, Integer decimals) {

    /** Keeps normal scores finite for values at the very ends of the marginal. */
    private static final double EDGE = 1e-9;

    void fill(SampleContext context, Object[][] rows) {
        int present = 0;
        double scores = 0;
        for (Object[] row : rows) {
            if (row[field] != null) {
                scores += Normal.quantile(clamp(marginal.cdf(row[field], context.random().nextDouble())));
                present++;
            }
        }
        if (present == 0) {
            return;
        }
        double u = clamp(Normal.cdf(scores / Math.sqrt(present)));
        double level = TypedValues.toAxis(levels.sample(context.useUniform(u)));
        double[] residuals = PooledAutoRegression.simulate(noise.coefficients(), Math.sqrt(noise.noiseVariance()), present, burnIn,
                context.random());
        int event = 0;
        for (Object[] row : rows) {
            if (row[field] != null) {
                double working = level + drift * event + residuals[event];
                row[field] = value(logScale ? Math.exp(working) : working);
                event++;
            }
        }
    }

    private Object value(double raw) {
        double inside = bounds.reflect(raw);
        if (decimals != null && type == FieldType.NUMBER) {
            double scale = Math.pow(10, decimals);
            inside = bounds.clamp(Math.round(inside * scale) / scale);
        }
        return TypedValues.fromAxis(type, inside, null);
    }

    private static double clamp(double u) {
        return Math.min(1 - EDGE, Math.max(EDGE, u));
    }
}
