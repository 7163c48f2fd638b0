package dev.synthesis.app.seed;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies an uploaded seed. */
public record SeedId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
