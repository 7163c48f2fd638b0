package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A dataset definition: named, typed, constrained fields plus how much to generate and how
 * privately. The same record is stored by the API, profiled from seeds and read by generators.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataSchema(
        String name,
        String description,
        String domain,
        List<FieldDefinition> fields,
        TargetVolume targetVolume,
        PrivacySettings privacySettings) {

    public DataSchema {
        fields = fields == null ? List.of() : List.copyOf(fields);
        targetVolume = targetVolume == null ? TargetVolume.DEFAULT : targetVolume;
        privacySettings = privacySettings == null ? PrivacySettings.DEFAULT : privacySettings;
    }

    public Optional<FieldDefinition> field(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /** Every rule this schema breaks; empty when it is valid. */
    public List<SchemaViolation> violations() {
        return new SchemaValidator().validate(this);
    }
}
