package dev.synthesis.app.dataset;

import java.util.UUID;

/**
 * One table of a dataset as clients see it.
 *
 * @param name          the table's name in the dataset, which its relationships use
 * @param schemaId      the schema that defines it (edited in the schema designer)
 * @param schemaVersion the schema's current version, the one a dataset job uses
 */
public record DatasetTable(String name, UUID schemaId, int schemaVersion, int fieldCount) {}
