package dev.synthesis.engine.sequence;

import dev.synthesis.engine.model.Normal;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.timeseries.AutoRegression;

/**
 * One numeric field of an event sequence, as an autoregressive-to-anything process (Cario and Nelson,
 * "Autoregressive to anything: time-series input processes for simulation", Operations Research
 * Letters 19(2), 1996): on the normal-score scale y = Phi^-1(F(x)) of the field's marginal F, an
 * entity's values are its level, plus a common drift per event, plus a shared AR(p) process; each y
 * goes back through F^-1(Phi(y)), so values keep the marginal's shape, bounds, point masses and
 * integer grid, in the field's own Java type.
 *
 * <p>An entity's level is not drawn blind: the per-row model's values for its rows are turned into
 * one uniform (their mean normal score, rescaled to unit variance), so a level the per-row model
 * conditioned on the parent survives as the rank of the entity's level.
 *
 * @param field    the field's index in the child schema
 * @param marginal the field's marginal over all events
 * @param levels   the distribution of entity levels (normal scores at event 0)
 * @param drift    change per event on the normal-score scale
 * @param noise    the AR process of the normal-score residuals
 * @param burnIn   steps run before the first event so it starts from the stationary distribution
 */
public record Series(int field, QuantileSampler marginal, QuantileSampler levels, double drift, AutoRegression noise, int burnIn) {

    /** Keeps normal scores finite for values at the very ends of the marginal. */
    private static final double EDGE = 1e-9;

    void fill(SampleContext context, Object[][] rows) {
        int present = 0;
        double scores = 0;
        for (Object[] row : rows) {
            if (row[field] != null) {
                scores += score(marginal, row[field], context.random().nextDouble());
                present++;
            }
        }
        if (present == 0) {
            return;
        }
        double level = (double) levels.sample(context.useUniform(uniform(scores / Math.sqrt(present))));
        double[] residuals = PooledAutoRegression.simulate(noise.coefficients(), Math.sqrt(noise.noiseVariance()), present, burnIn,
                context.random());
        int event = 0;
        for (Object[] row : rows) {
            if (row[field] != null) {
                double y = level + drift * event + residuals[event];
                row[field] = marginal.sample(context.useUniform(uniform(y)));
                event++;
            }
        }
    }

    static double score(QuantileSampler marginal, Object value, double jitter) {
        return Normal.quantile(Math.min(1 - EDGE, Math.max(EDGE, marginal.cdf(value, jitter))));
    }

    private static double uniform(double score) {
        return Math.min(1 - EDGE, Math.max(EDGE, Normal.cdf(score)));
    }
}
