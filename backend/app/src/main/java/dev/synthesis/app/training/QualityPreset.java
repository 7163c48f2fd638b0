package dev.synthesis.app.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * The proposal's "Quality: standard / high" setting: how much of the seed the model learns from.
 * {@code standard} holds out 20 % of the seed rows for evaluation; {@code high} holds out 10 %, so
 * the model sees more real rows and the scores rest on fewer held-out ones.
 */
public enum QualityPreset {
    STANDARD(0.2),
    HIGH(0.1);

    private final double holdoutShare;

    QualityPreset(double holdoutShare) {
        this.holdoutShare = holdoutShare;
    }

    public double holdoutShare() {
        return holdoutShare;
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static QualityPreset fromJson(String text) {
        return Arrays.stream(values())
                .filter(preset -> preset.jsonName().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown quality preset '" + text + "'; expected standard or high"));
    }
}
