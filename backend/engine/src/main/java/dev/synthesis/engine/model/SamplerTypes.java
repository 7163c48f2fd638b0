package dev.synthesis.engine.model;

import dev.synthesis.engine.model.categorical.CategoricalSampler;
import dev.synthesis.engine.model.fake.FakeSampler;
import dev.synthesis.engine.model.identifier.SequenceSampler;
import dev.synthesis.engine.model.identifier.UniqueRangeSampler;
import dev.synthesis.engine.model.identifier.UuidSampler;
import dev.synthesis.engine.model.json.JsonSampler;
import dev.synthesis.engine.model.json.NestedSampler;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.pattern.PatternSampler;
import dev.synthesis.engine.model.text.TextSampler;
import dev.synthesis.engine.model.text.WordTextSampler;
import dev.synthesis.engine.model.timeseries.TemporalSequenceSampler;
import dev.synthesis.engine.model.timeseries.TimeSeriesSampler;
import java.util.List;

/** Every {@link FieldSampler} implementation, registered with the JSON mapper by its {@code kind} name. */
public final class SamplerTypes {

    public static final List<Class<? extends FieldSampler>> ALL = List.of(
            NullableSampler.class, NullableMarginal.class, CategoricalSampler.class, QuantileSampler.class, TimeSeriesSampler.class,
            TemporalSequenceSampler.class, PatternSampler.class, SequenceSampler.class, UniqueRangeSampler.class,
            UuidSampler.class, FakeSampler.class, TextSampler.class, WordTextSampler.class, JsonSampler.class, NestedSampler.class);

    private SamplerTypes() {}
}
