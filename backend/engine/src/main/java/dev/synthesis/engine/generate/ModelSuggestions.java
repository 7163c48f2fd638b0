package dev.synthesis.engine.generate;

import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;

/**
 * What {@link FieldModel#AUTO} picks for a plain field of a type: no constraints, no semantic kind
 * and no seed, as in a schema designed from scratch. Declarations and a seed's values can change
 * the choice (see {@link ModelChooser}); asking the chooser itself keeps this answer from drifting.
 */
public final class ModelSuggestions {

    private ModelSuggestions() {}

    public static FieldModel forType(FieldType type) {
        return ModelChooser.choose(FieldDefinition.of("field", type), null, null, false, false);
    }
}
