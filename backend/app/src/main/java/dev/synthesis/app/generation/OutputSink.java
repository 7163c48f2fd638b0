package dev.synthesis.app.generation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a job's rows go: always a file in the object store, and with {@link #TABLE} also the synthetic_data table. */
public enum OutputSink {
    FILE,
    TABLE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
