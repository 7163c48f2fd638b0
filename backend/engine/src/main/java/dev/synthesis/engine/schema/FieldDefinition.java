package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One field of a schema.
 *
 * @param name          column name, unique within the schema
 * @param type          value type
 * @param constraints   what every value must satisfy
 * @param model         the generator to use; {@link FieldModel#AUTO} lets the engine choose
 * @param privacyLevel  how strongly the real values are protected
 * @param relationships link to another schema's field, if any
 * @param format        for date/datetime fields, the {@link java.time.format.DateTimeFormatter} pattern values are written in
 * @param semanticKind  what the values mean (email, phone, ...) when known
 * @param description   free text for people
 * @param representation how values are written in files (boolean spellings, decimals, missing-value text)
 * @param observed      what a seed showed (its range, lengths, a shared pattern): shown to users, who may
 *                      promote it to a constraint, but never enforced, so generation can outgrow the seed
 * @param fields        the members of a {@code json} object, when its inner structure is declared
 * @param items         the item of an {@code array} (its {@code name} may be null), when declared
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldDefinition(
        String name,
        FieldType type,
        Constraints constraints,
        FieldModel model,
        PrivacyLevel privacyLevel,
        Relationship relationships,
        String format,
        SemanticKind semanticKind,
        String description,
        Representation representation,
        Constraints observed,
        List<FieldDefinition> fields,
        FieldDefinition items) {

    @JsonCreator
    public FieldDefinition {
        fields = fields == null ? null : List.copyOf(fields);
        representation = representation == null ? Representation.DEFAULT : representation;
        constraints = constraints == null ? Constraints.NONE : constraints;
        model = model == null ? FieldModel.AUTO : model;
        privacyLevel = privacyLevel == null ? PrivacyLevel.MEDIUM : privacyLevel;
    }

    /** A field without a declared inner structure, as every field was before nested declarations. */
    public FieldDefinition(String name, FieldType type, Constraints constraints, FieldModel model, PrivacyLevel privacyLevel,
                           Relationship relationships, String format, SemanticKind semanticKind, String description,
                           Representation representation, Constraints observed) {
        this(name, type, constraints, model, privacyLevel, relationships, format, semanticKind, description, representation,
                observed, null, null);
    }

    public static FieldDefinition of(String name, FieldType type) {
        return new FieldDefinition(name, type, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the value's inner structure is declared (members of an object, the item of an array). */
    public boolean declaresStructure() {
        return fields != null || items != null;
    }

    public FieldDefinition withConstraints(Constraints newConstraints) {
        return new FieldDefinition(name, type, newConstraints, model, privacyLevel, relationships, format, semanticKind, description,
                representation, observed, fields, items);
    }

    public FieldDefinition withRepresentation(Representation newRepresentation) {
        return new FieldDefinition(name, type, constraints, model, privacyLevel, relationships, format, semanticKind, description,
                newRepresentation, observed, fields, items);
    }
}
