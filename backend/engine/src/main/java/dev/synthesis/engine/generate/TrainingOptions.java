package dev.synthesis.engine.generate;

import dev.synthesis.engine.schema.FieldModel;
import java.util.Map;

/**
 * How to train.
 *
 * @param seed        the seed of every random choice made while training (DP noise, tie-breaking)
 * @param models      per-field model overrides by field name; they win over the schema's {@code model}
 * @param independent skip the joint model and sample fields independently (kept to measure what the copula buys)
 */
public record TrainingOptions(long seed, Map<String, FieldModel> models, boolean independent) {

    public static final TrainingOptions DEFAULT = new TrainingOptions(42, Map.of(), false);

    public TrainingOptions {
        models = models == null ? Map.of() : Map.copyOf(models);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(newSeed, models, independent);
    }

    public TrainingOptions withIndependentFields() {
        return new TrainingOptions(seed, models, true);
    }
}
