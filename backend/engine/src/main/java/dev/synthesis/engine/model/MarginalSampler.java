package dev.synthesis.engine.model;

/**
 * A sampler driven by one uniform through an inverse CDF, so a copula can couple it to other fields.
 * {@link #cdf} is the forward direction used while fitting the copula: it maps a seed value to where
 * it sits in this marginal, {@code jitter} spreading ties (categories, repeated numbers) over their
 * probability interval (the randomised probability integral transform).
 */
public interface MarginalSampler extends FieldSampler {

    /** The marginal CDF position of a typed value, in [0, 1]; values this model never produces get {@code jitter}. */
    double cdf(Object value, double jitter);

    /** The marginal of the values that are present: this one, unless it wraps missingness around another. */
    default MarginalSampler present() {
        return this;
    }

    /** This marginal with the marginal of present values replaced (a reordered category list, say). */
    default MarginalSampler withPresent(MarginalSampler replacement) {
        return replacement;
    }
}
