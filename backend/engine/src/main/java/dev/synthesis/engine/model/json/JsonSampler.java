package dev.synthesis.engine.model.json;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.SampleContext;

/** JSON documents built path by path from a learned {@link JsonShape}; written as compact JSON text. */
@JsonTypeName("json")
public record JsonSampler(JsonShape root) implements FieldSampler {

    @Override
    public Object sample(SampleContext context) {
        return root.generate(context).toString();
    }
}
