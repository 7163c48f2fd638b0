package dev.synthesis.app.dataset;

import dev.synthesis.app.dataset.internal.StoredDatasets;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaUse;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A schema that is a table of a live dataset cannot be deleted: the dataset would lose a table its relationships name. */
@Component
class SchemasAsTables implements SchemaUse {

    private final StoredDatasets datasets;

    SchemasAsTables(StoredDatasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public Optional<String> user(SchemaId id) {
        List<String> names = datasets.namesUsing(id.value());
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((names.size() == 1 ? "dataset '" : "datasets '") + String.join("', '", names) + "'");
    }
}
