package dev.synthesis.app.dataset;

import dev.synthesis.engine.dataset.TableRelationship;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dataset as clients see it.
 *
 * @param version   1 when created, one more on every update
 * @param updatedAt when the current version was saved
 */
public record DatasetView(UUID id, String name, @Nullable String description, @Nullable String domain, int version,
        List<DatasetTable> tables, List<TableRelationship> relationships, Instant createdAt, Instant updatedAt) {}
