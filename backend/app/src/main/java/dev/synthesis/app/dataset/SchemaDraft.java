package dev.synthesis.app.dataset;

import dev.synthesis.engine.schema.DataSchema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A table to create together with its dataset: its schema (whose name is the table's name) and the seed it was detected from.
 *
 * @param sourceSeedId the seed the schema was detected from; null for a schema designed from scratch (a template's)
 */
public record SchemaDraft(DataSchema schema, @Nullable UUID sourceSeedId) {}
