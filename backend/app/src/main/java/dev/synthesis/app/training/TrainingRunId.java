package dev.synthesis.app.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies one training run. */
public record TrainingRunId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
