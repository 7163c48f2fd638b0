package dev.synthesis.app.datasetjob;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A dataset generation job's id. */
public record DatasetJobId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
