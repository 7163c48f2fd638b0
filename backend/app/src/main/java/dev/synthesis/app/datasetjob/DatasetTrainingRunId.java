package dev.synthesis.app.datasetjob;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A dataset training run's id. */
public record DatasetTrainingRunId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
