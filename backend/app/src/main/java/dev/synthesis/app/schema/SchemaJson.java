package dev.synthesis.app.schema;

import dev.synthesis.engine.schema.DataSchema;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Stores definitions as the same JSON the API speaks, so a stored version reads back unchanged. */
@Component
class SchemaJson {

    private final JsonMapper mapper;

    SchemaJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(DataSchema schema) {
        return mapper.writeValueAsString(schema);
    }

    DataSchema read(String json) {
        return mapper.readValue(json, DataSchema.class);
    }
}
