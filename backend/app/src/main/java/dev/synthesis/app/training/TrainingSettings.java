package dev.synthesis.app.training;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.PrivacyPreset;
import dev.synthesis.engine.schema.PrivacySettings;
import org.jspecify.annotations.Nullable;

/**
 * How to train: the presets of the proposal's generation screen, the share of seed rows held out
 * from training (never learned from; used to measure privacy and ML efficacy honestly), and,
 * optionally, differential privacy at an ε (and δ) of this run's own.
 *
 * @param epsilon with a value, the run trains with differential privacy at this ε whatever the schema
 *                declares (the stored schema is left as it is); null keeps the schema's privacy settings
 * @param delta   the run's δ when {@code epsilon} is given; null means the schema's, else the default
 */
public record TrainingSettings(PrivacyPreset privacy, QualityPreset quality, double holdoutShare, @Nullable Double epsilon,
        @Nullable Double delta) {

    public TrainingSettings {
        if (!(holdoutShare >= 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare is a fraction in [0, 1), got " + holdoutShare);
        }
    }

    /** Presets default to standard; the holdout share defaults to the quality preset's. */
    public static TrainingSettings of(PrivacyPreset privacy, QualityPreset quality, Double holdoutShare, Double epsilon, Double delta) {
        QualityPreset chosenQuality = quality == null ? QualityPreset.STANDARD : quality;
        return new TrainingSettings(privacy == null ? PrivacyPreset.STANDARD : privacy, chosenQuality,
                holdoutShare == null ? chosenQuality.holdoutShare() : holdoutShare, epsilon, delta);
    }

    /** The schema as this run trains it: with the run's differential privacy, if it has its own, then the privacy preset. */
    public DataSchema effective(DataSchema declared) {
        if (epsilon == null) {
            return privacy.apply(declared);
        }
        Double runDelta = delta != null ? delta : declared.privacySettings().delta();
        return privacy.apply(new DataSchema(declared.name(), declared.description(), declared.domain(), declared.fields(),
                declared.targetVolume(), new PrivacySettings(true, epsilon, 100.0, runDelta)));
    }
}
