package dev.synthesis.app.dataset;

import dev.synthesis.engine.dataset.TableRelationship;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores relationships as the same JSON the API speaks, so they read back unchanged. */
@Component
class DatasetJson {

    private static final TypeReference<List<TableRelationship>> RELATIONSHIPS = new TypeReference<>() {};

    private final JsonMapper mapper;

    DatasetJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(List<TableRelationship> relationships) {
        return mapper.writeValueAsString(relationships);
    }

    List<TableRelationship> read(String json) {
        return mapper.readValue(json, RELATIONSHIPS);
    }
}
