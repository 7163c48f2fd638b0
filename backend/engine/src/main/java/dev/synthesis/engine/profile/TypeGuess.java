package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;

/** A field type inferred from values, with the date-time pattern they are written in when temporal. */
record TypeGuess(FieldType type, String format) {

    static TypeGuess of(FieldType type) {
        return new TypeGuess(type, null);
    }
}
