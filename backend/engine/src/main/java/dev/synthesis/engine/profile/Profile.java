package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.DataSchema;
import java.util.List;
import java.util.Optional;

/**
 * The result of profiling a seed: a schema with suggested types, formats, semantic kinds,
 * constraints and models, and per-field statistics in the same order as the schema's fields.
 */
public record Profile(DataSchema schema, List<FieldProfile> fields) {

    public Profile {
        fields = List.copyOf(fields);
    }

    public Optional<FieldProfile> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
