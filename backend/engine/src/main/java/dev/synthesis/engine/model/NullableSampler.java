package dev.synthesis.engine.model;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Leaves a value missing at the rate seen in the seed; required fields never get one. */
@JsonTypeName("nullable")
public record NullableSampler(double nullRate, FieldSampler values) implements FieldSampler {

    @Override
    public Object sample(SampleContext context) {
        if (context.random().nextDouble() < nullRate) {
            return null;
        }
        return values.sample(context);
    }

    @Override
    public long uniqueCapacity() {
        return values.uniqueCapacity();
    }

    /** Wraps only when there is something to leave out; a learned marginal keeps missingness in its distribution. */
    public static FieldSampler wrap(double nullRate, FieldSampler values) {
        if (nullRate <= 0) {
            return values;
        }
        return values instanceof MarginalSampler marginal && nullRate < 1 ? new NullableMarginal(nullRate, marginal)
                : new NullableSampler(nullRate, values);
    }
}
