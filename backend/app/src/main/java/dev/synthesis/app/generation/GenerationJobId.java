package dev.synthesis.app.generation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies one generation job. */
public record GenerationJobId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
