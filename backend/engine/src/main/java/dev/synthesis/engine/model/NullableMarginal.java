package dev.synthesis.engine.model;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A learned marginal with missing values as part of its distribution: the lowest {@code nullRate}
 * of the uniform means "missing", the rest is handed to the values' own marginal. The joint model
 * (copula) then couples missingness with the other fields as the seed does: totals missing exactly
 * for customers of tenure 0 stay missing there, instead of falling on random rows. This is how
 * synthpop treats missing values in CART synthesis, as a state the model sees (Nowok et al. 2016).
 */
@JsonTypeName("nullable-marginal")
public record NullableMarginal(double nullRate, MarginalSampler values) implements MarginalSampler {

    @Override
    public Object sample(SampleContext context) {
        double u = context.uniform();
        if (u < nullRate) {
            return null;
        }
        return values.sample(context.useUniform((u - nullRate) / (1 - nullRate)));
    }

    @Override
    public double cdf(Object value, double jitter) {
        return value == null ? jitter * nullRate : nullRate + (1 - nullRate) * values.cdf(value, jitter);
    }

    @Override
    public MarginalSampler present() {
        return values;
    }

    @Override
    public MarginalSampler withPresent(MarginalSampler replacement) {
        return new NullableMarginal(nullRate, replacement);
    }

    @Override
    public long uniqueCapacity() {
        return values.uniqueCapacity();
    }
}
