package dev.synthesis.app.schema.internal;

import java.util.UUID;

/** A schema's id and current name, without its definition. */
public record SchemaName(UUID id, String name) {}
