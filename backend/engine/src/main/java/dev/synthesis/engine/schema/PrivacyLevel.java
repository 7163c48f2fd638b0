package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How strongly a field's real values are protected when its model is trained and sampled. */
public enum PrivacyLevel {
    LOW,
    MEDIUM,
    HIGH;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PrivacyLevel fromJson(String text) {
        return Arrays.stream(values())
                .filter(level -> level.jsonName().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown privacy level '" + text + "'; expected low, medium or high"));
    }
}
