package dev.synthesis.engine.io;

import dev.synthesis.engine.data.TemporalFormat;
import dev.synthesis.engine.schema.FieldDefinition;
import java.time.temporal.TemporalAccessor;

/** The text of a typed value in files: temporal values in the field's format, everything else in its canonical form. */
final class ValueText {

    private ValueText() {}

    static String of(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof TemporalAccessor temporal) {
            return TemporalFormat.print(temporal, field.format());
        }
        return value.toString();
    }
}
