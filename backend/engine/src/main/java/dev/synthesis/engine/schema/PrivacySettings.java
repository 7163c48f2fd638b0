package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Dataset-wide privacy settings.
 *
 * @param differentialPrivacy train with differential privacy
 * @param epsilon             the total privacy budget when differential privacy is on
 * @param syntheticRatio      percentage of output rows that are synthetic (100 = no real rows mixed in)
 * @param delta               the probability with which the epsilon guarantee may fail; null means
 *                            {@value #DEFAULT_DELTA}. It should stay well below 1 / (seed rows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrivacySettings(boolean differentialPrivacy, Double epsilon, Double syntheticRatio, Double delta) {

    public static final double DEFAULT_DELTA = 1e-6;
    public static final double MAX_DELTA = 1e-3;

    public static final PrivacySettings DEFAULT = new PrivacySettings(false, null, 100.0, null);

    public PrivacySettings {
        syntheticRatio = syntheticRatio == null ? 100.0 : syntheticRatio;
    }

    public PrivacySettings(boolean differentialPrivacy, Double epsilon, Double syntheticRatio) {
        this(differentialPrivacy, epsilon, syntheticRatio, null);
    }

    /** The delta to spend: the declared one or the default. */
    public double deltaOrDefault() {
        return delta == null ? DEFAULT_DELTA : delta;
    }

    /** Absent means off, so clients may send only what they change. */
    @JsonCreator
    static PrivacySettings fromJson(
            @JsonProperty("differentialPrivacy") Boolean differentialPrivacy,
            @JsonProperty("epsilon") Double epsilon,
            @JsonProperty("syntheticRatio") Double syntheticRatio,
            @JsonProperty("delta") Double delta) {
        return new PrivacySettings(Boolean.TRUE.equals(differentialPrivacy), epsilon, syntheticRatio, delta);
    }
}
