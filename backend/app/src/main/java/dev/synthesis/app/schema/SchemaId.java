package dev.synthesis.app.schema;

import java.util.UUID;

/** Identifies a schema across all its versions. */
public record SchemaId(UUID value) {

    public static SchemaId random() {
        return new SchemaId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
