package dev.synthesis.app.schema;

import java.time.Instant;

/** One entry of a schema's history. */
public record SchemaVersionSummary(int version, Instant createdAt, String createdBy, String name, int fieldCount) {}
