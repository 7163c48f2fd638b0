package dev.synthesis.engine.io;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one JSON object per row with Jackson's streaming generator: either one array of objects
 * or JSON Lines (objects separated by newlines). Numbers and booleans stay JSON numbers and
 * booleans (strings when the field spells them otherwise, such as yes/no), numbers keep the field's decimal
 * places, JSON fields are embedded as JSON, temporal values are strings in the field's format.
 */
final class JsonRowWriter implements RowWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final List<FieldDefinition> fields;
    /** Encoded once: writing each name from a String per row showed in the profile. */
    private final SerializableString[] names;
    private final JsonGenerator generator;
    private final boolean array;

    JsonRowWriter(OutputStream out, DataSchema schema, boolean array) {
        this.fields = schema.fields();
        this.array = array;
        this.names = fields.stream().map(field -> new SerializedString(field.name())).toArray(SerializableString[]::new);
        this.generator = MAPPER.writer().with(new MinimalPrettyPrinter("\n")).createGenerator(out);
        if (array) {
            generator.writeStartArray();
        }
    }

    @Override
    public void accept(Object[] row) {
        generator.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            generator.writeName(names[i]);
            writeValue(fields.get(i), row[i]);
        }
        generator.writeEndObject();
    }

    @Override
    public void close() {
        if (array) {
            generator.writeEndArray();
        }
        generator.writeRaw('\n');
        generator.close();
    }

    private void writeValue(FieldDefinition field, Object value) {
        switch (value) {
            case null -> generator.writeNull();
            case Long number -> generator.writeNumber(number);
            case Double number when field.representation().decimals() != null && Double.isFinite(number) ->
                    generator.writeNumber(ValueText.of(field, number));
            case Double number -> generator.writeNumber(number);
            case Boolean flag when field.representation().plainBooleans() -> generator.writeBoolean(flag);
            case String text when field.type() == FieldType.JSON || field.type() == FieldType.ARRAY -> generator.writeRawValue(text);
            default -> generator.writeString(ValueText.of(field, value));
        }
    }
}
