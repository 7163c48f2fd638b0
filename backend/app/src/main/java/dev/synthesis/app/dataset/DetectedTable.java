package dev.synthesis.app.dataset;

import dev.synthesis.engine.schema.DataSchema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One seed's table as detection proposes it.
 *
 * @param name       the table's name: the seed file's base name, made unique among the seeds
 * @param schema     the schema detected from the seed, named as the table
 * @param primaryKey the field whose values identify the rows, if the seed has one
 */
public record DetectedTable(UUID seedId, String name, DataSchema schema, @Nullable String primaryKey) {}
