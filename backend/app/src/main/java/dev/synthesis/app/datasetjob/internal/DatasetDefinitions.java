package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.dataset.Datasets;
import dev.synthesis.app.jobs.UnusableInput;
import dev.synthesis.engine.dataset.DatasetSchema;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Datasets as this feature needs them: the current version and its engine schema, through the datasets feature's API. */
@Component
class DatasetDefinitions {

    private final Datasets datasets;

    DatasetDefinitions(Datasets datasets) {
        this.datasets = datasets;
    }

    /** The dataset's current version (404 for a dataset the tenant does not have). */
    Versioned current(UUID datasetId) {
        return new Versioned(datasetId, datasets.get(datasetId).version(), datasets.definition(datasetId));
    }

    /** Exactly this version, which a queued run was accepted on; one changed since cannot be used. */
    DatasetSchema version(UUID datasetId, int version) {
        Versioned current = current(datasetId);
        if (current.version() != version) {
            throw new UnusableInput("the dataset changed (version " + version + " is now " + current.version()
                    + ") before the run started; start it again");
        }
        return current.schema();
    }

    record Versioned(UUID id, int version, DatasetSchema schema) {}
}
