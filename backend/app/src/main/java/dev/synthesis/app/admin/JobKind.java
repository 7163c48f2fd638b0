package dev.synthesis.app.admin;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which feature a job belongs to. */
public enum JobKind {
    GENERATION,
    TRAINING,
    DATASET_GENERATION,
    DATASET_TRAINING;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
