package dev.synthesis.app.training.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A few synthetic rows, written as the download writes them.
 *
 * @param source        "trained" when a model fitted on this schema version made the rows, else "schema-only"
 * @param trainingRunId the run whose model made them, when trained
 * @param schemaVersion the version previewed; 0 for an unsaved definition
 */
record Preview(String source, @Nullable UUID trainingRunId, int schemaVersion, List<String> columns, List<List<String>> rows) {}
