package dev.synthesis.engine.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How many children a parent row may have: many, or at most one. */
public enum Cardinality {
    ONE_TO_MANY,
    ONE_TO_ONE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Cardinality fromJson(String text) {
        String wanted = text.trim().replace('_', '-');
        return Arrays.stream(values()).filter(value -> value.jsonName().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cardinality '" + text + "'; expected one of "
                        + Arrays.stream(values()).map(Cardinality::jsonName).toList()));
    }
}
