package dev.synthesis.app.datasetjob;

import java.util.Map;
import java.util.UUID;

/**
 * What to train a dataset on.
 *
 * @param seeds a seed per table name; a table without one is learned from its schema alone, and
 *              none at all (absent or empty) trains a schema-only model
 */
public record DatasetTrainRequest(Map<String, UUID> seeds) {

    public Map<String, UUID> seedsOrNone() {
        return seeds == null ? Map.of() : seeds;
    }
}
