package dev.synthesis.app.dataset;

import dev.synthesis.engine.dataset.TableRelationship;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dataset made of existing schemas: each schema is a table, named as the schema is when it is added.
 *
 * @param tableSchemaIds the schemas that are its tables, in order
 * @param relationships  the foreign keys between those tables, by table name; none when null
 */
public record DatasetDraft(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 2_000) @Nullable String description,
        @Size(max = 100) @Nullable String domain,
        @NotEmpty @Size(max = Datasets.MAX_TABLES) List<@NotNull UUID> tableSchemaIds,
        List<@NotNull TableRelationship> relationships) {

    public DatasetDraft {
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }
}
