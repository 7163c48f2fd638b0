package dev.synthesis.app.training;

import dev.synthesis.engine.schema.PrivacyPreset;

/**
 * How to train: the presets of the proposal's generation screen, and the share of seed rows held
 * out from training (never learned from; used to measure privacy and ML efficacy honestly).
 */
public record TrainingSettings(PrivacyPreset privacy, QualityPreset quality, double holdoutShare) {

    public TrainingSettings {
        if (!(holdoutShare >= 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare is a fraction in [0, 1), got " + holdoutShare);
        }
    }

    /** Presets default to standard; the holdout share defaults to the quality preset's. */
    public static TrainingSettings of(PrivacyPreset privacy, QualityPreset quality, Double holdoutShare) {
        QualityPreset chosenQuality = quality == null ? QualityPreset.STANDARD : quality;
        return new TrainingSettings(privacy == null ? PrivacyPreset.STANDARD : privacy, chosenQuality,
                holdoutShare == null ? chosenQuality.holdoutShare() : holdoutShare);
    }
}
