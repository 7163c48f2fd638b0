package dev.synthesis.app.schema.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.engine.schema.DataSchema;
import java.time.Instant;
import java.util.UUID;

/** A schema as the proposal's {@code DataSchema} shape, plus its id, version and timestamps. */
record SchemaResponse(UUID id, int version, Instant createdAt, Instant updatedAt, @JsonUnwrapped DataSchema definition) {

    static SchemaResponse of(SchemaView view) {
        return new SchemaResponse(view.id().value(), view.version(), view.createdAt(), view.updatedAt(), view.definition());
    }
}
