package dev.synthesis.engine.model.timeseries;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldType;
import java.time.ZoneOffset;

/** The time axis of an ordered table: row t is at {@code start + t * step}, so it is ascending and unique. */
@JsonTypeName("time-axis")
public record TemporalSequenceSampler(FieldType type, double start, double step, ZoneOffset offset) implements FieldSampler {

    @Override
    public Object sample(SampleContext context) {
        return TypedValues.fromAxis(type, start + context.row() * step, offset);
    }
}
