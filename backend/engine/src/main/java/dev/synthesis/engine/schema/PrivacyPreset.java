package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * The proposal's "Privacy: standard / high / maximum" generation setting, as a change to the
 * schema a model is trained with (the stored schema is left as it is):
 * <ul>
 *   <li>{@code standard}: the schema as declared;</li>
 *   <li>{@code high}: every field at privacy level high (categories seen fewer than 10 times are not
 *       reproduced, free text never repeats a seed value);</li>
 *   <li>{@code maximum}: high, plus differential privacy with ε = {@value #MAXIMUM_EPSILON} (or the
 *       schema's own ε if smaller), which also rules out mixing real rows into the output.</li>
 * </ul>
 */
public enum PrivacyPreset {
    STANDARD,
    HIGH,
    MAXIMUM;

    public static final double MAXIMUM_EPSILON = 1.0;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PrivacyPreset fromJson(String text) {
        return Arrays.stream(values())
                .filter(preset -> preset.jsonName().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown privacy preset '" + text + "'; expected standard, high or maximum"));
    }

    public DataSchema apply(DataSchema schema) {
        if (this == STANDARD) {
            return schema;
        }
        DataSchema raised = new DataSchema(schema.name(), schema.description(), schema.domain(),
                schema.fields().stream().map(PrivacyPreset::atHighPrivacy).toList(),
                schema.targetVolume(), schema.privacySettings());
        return this == HIGH ? raised : withDifferentialPrivacy(raised);
    }

    private static FieldDefinition atHighPrivacy(FieldDefinition field) {
        return new FieldDefinition(field.name(), field.type(), field.constraints(), field.model(), PrivacyLevel.HIGH,
                field.relationships(), field.format(), field.semanticKind(), field.description(), field.representation(), field.observed());
    }

    private static DataSchema withDifferentialPrivacy(DataSchema schema) {
        PrivacySettings declared = schema.privacySettings();
        double epsilon = declared.differentialPrivacy() && declared.epsilon() != null
                ? Math.min(declared.epsilon(), MAXIMUM_EPSILON)
                : MAXIMUM_EPSILON;
        return new DataSchema(schema.name(), schema.description(), schema.domain(), schema.fields(), schema.targetVolume(),
                new PrivacySettings(true, epsilon, 100.0, declared.delta()));
    }
}
