package dev.synthesis.app.dataset.web;

import dev.synthesis.app.dataset.Datasets;
import dev.synthesis.app.dataset.SchemaDraft;
import dev.synthesis.engine.dataset.TableRelationship;
import dev.synthesis.engine.schema.DataSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dataset to create from seeds, usually what detection proposed after the user's edits.
 *
 * @param tables        each table's schema (named as the table) and the seed it was detected from
 * @param relationships the foreign keys between the tables, by table name; none when null
 */
record FromSeedsRequest(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 2_000) @Nullable String description,
        @Size(max = 100) @Nullable String domain,
        @NotEmpty @Size(max = Datasets.MAX_TABLES) List<@NotNull @Valid SeedTable> tables,
        List<@NotNull TableRelationship> relationships) {

    /** One table of the dataset, from one seed. */
    record SeedTable(@NotNull UUID seedId, @NotNull DataSchema schema) {}

    List<SchemaDraft> drafts() {
        return tables.stream().map(table -> new SchemaDraft(table.schema(), table.seedId())).toList();
    }

    List<TableRelationship> relationshipsOrNone() {
        return relationships == null ? List.of() : relationships;
    }
}
