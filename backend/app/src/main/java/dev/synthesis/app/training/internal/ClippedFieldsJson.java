package dev.synthesis.app.training.internal;

import dev.synthesis.app.training.ClippedField;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A run's clipped fields as the JSON array its column holds; no column (a run before DP reported them) reads as none. */
@Converter
class ClippedFieldsJson implements AttributeConverter<List<ClippedField>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(List<ClippedField> fields) {
        return fields == null || fields.isEmpty() ? null : JSON.writeValueAsString(fields);
    }

    @Override
    public List<ClippedField> convertToEntityAttribute(String column) {
        return column == null ? List.of() : JSON.readValue(column, new TypeReference<List<ClippedField>>() {});
    }
}
