package dev.synthesis.app.schema;

import dev.synthesis.engine.schema.DataSchema;
import java.time.Instant;

/** One version of a schema as clients see it. */
public record SchemaView(SchemaId id, int version, Instant createdAt, Instant updatedAt, DataSchema definition) {

    /** The version as an HTTP entity tag: version 3 is {@code "3"}. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
