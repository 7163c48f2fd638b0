package dev.synthesis.app.schema.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.engine.schema.DataSchema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A schema as the proposal's {@code DataSchema} shape, plus its id, version, timestamps and origin.
 *
 * @param updatedAt    when this version was saved
 * @param updatedBy    the user who saved this version
 * @param sourceSeedId the seed the schema was created from (POST /api/seeds/{id}/schema), kept across versions;
 *                     null for a schema designed from scratch
 */
record SchemaResponse(UUID id, int version, Instant createdAt, Instant updatedAt, String updatedBy, @Nullable UUID sourceSeedId,
        @JsonUnwrapped DataSchema definition) {

    static SchemaResponse of(SchemaView view) {
        return new SchemaResponse(view.id().value(), view.version(), view.createdAt(), view.updatedAt(), view.updatedBy(),
                view.sourceSeedId(), view.definition());
    }
}
