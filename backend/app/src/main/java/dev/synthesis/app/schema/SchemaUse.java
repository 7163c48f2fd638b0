package dev.synthesis.app.schema;

import java.util.Optional;

/**
 * A feature that builds on schemas and keeps the ones it uses from being deleted (datasets use
 * schemas as their tables). Implementations are beans; the schema feature asks them before a delete,
 * so it needs to know nothing about them.
 */
public interface SchemaUse {

    /** What uses the schema, in words for the user (e.g. {@code dataset 'Retail'}), or empty when nothing does. */
    Optional<String> user(SchemaId id);
}
