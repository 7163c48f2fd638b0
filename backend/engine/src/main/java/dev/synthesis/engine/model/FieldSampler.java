package dev.synthesis.engine.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fitted per-field model: turns a row's random stream (and copula uniform) into one typed value.
 * Implementations are immutable, thread-safe and serialisable as JSON; the {@code sampler} property
 * names the implementation (registered in {@link SamplerTypes}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "sampler")
public interface FieldSampler {

    /** One value in the engine's typed-value convention; null only when the field may be missing. */
    Object sample(SampleContext context);

    /**
     * How many distinct rows this sampler can serve when it promises unique values; {@link Long#MAX_VALUE}
     * when it makes no uniqueness promise. Generation refuses row ranges beyond it instead of repeating.
     */
    default long uniqueCapacity() {
        return Long.MAX_VALUE;
    }
}
