package dev.synthesis.engine.model.json;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.SampleContext;

/** JSON values that follow a declared structure ({@link NestedShape}); written as compact JSON text like every JSON value. */
@JsonTypeName("nested-json")
public record NestedSampler(NestedShape root) implements FieldSampler {

    @Override
    public Object sample(SampleContext context) {
        return root.generate(context).toString();
    }
}
