package dev.synthesis.app.schema;

import dev.synthesis.engine.schema.DataSchema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a schema as clients see it.
 *
 * @param updatedAt    when this version was saved
 * @param updatedBy    who saved this version
 * @param sourceSeedId the seed the schema was detected from; null when it was designed from scratch
 */
public record SchemaView(SchemaId id, int version, Instant createdAt, Instant updatedAt, String updatedBy,
        @Nullable UUID sourceSeedId, DataSchema definition) {

    /** The version as an HTTP entity tag: version 3 is {@code "3"}. */
    public String etag() {
        return "\"" + version + "\"";
    }
}
