package dev.synthesis.app.seed.web;

import dev.synthesis.engine.schema.DataSchema;
import jakarta.validation.constraints.Size;

/**
 * How a user adjusts a detected schema before saving it.
 *
 * @param schema      a complete edited schema that replaces the detection, or null
 * @param name        a name for the detected schema (default: the file's base name)
 * @param description description of the detected schema
 * @param domain      domain of the detected schema
 */
record SchemaFromSeedRequest(DataSchema schema, @Size(max = 255) String name, @Size(max = 2_000) String description,
        @Size(max = 100) String domain) {

    static final SchemaFromSeedRequest NONE = new SchemaFromSeedRequest(null, null, null, null);

    DataSchema apply(DataSchema detected) {
        if (schema != null) {
            return schema;
        }
        return new DataSchema(
                name != null ? name : detected.name(),
                description != null ? description : detected.description(),
                domain != null ? domain : detected.domain(),
                detected.fields(), detected.targetVolume(), detected.privacySettings());
    }
}
