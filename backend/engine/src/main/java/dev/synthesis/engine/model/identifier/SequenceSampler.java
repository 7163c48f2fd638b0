package dev.synthesis.engine.model.identifier;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.SampleContext;

/** An auto-increment style integer identifier: {@code start + row * step}; unique because the row index is. */
@JsonTypeName("sequence")
public record SequenceSampler(long start, long step) implements FieldSampler {

    @Override
    public Object sample(SampleContext context) {
        return start + context.row() * step;
    }

    @Override
    public long uniqueCapacity() {
        return (Long.MAX_VALUE - Math.max(0, start)) / Math.max(1, step);
    }
}
