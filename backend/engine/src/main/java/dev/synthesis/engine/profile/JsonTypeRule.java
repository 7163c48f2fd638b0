package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Every value is a JSON object or array (ARRAY when all are arrays), as JSON sources give nested values. */
final class JsonTypeRule implements TypeRule {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Optional<TypeGuess> apply(ColumnValues column) {
        if (!column.all(JsonTypeRule::isStructure)) {
            return Optional.empty();
        }
        boolean arrays = column.all(value -> value.strip().startsWith("["));
        return Optional.of(TypeGuess.of(arrays ? FieldType.ARRAY : FieldType.JSON));
    }

    private static boolean isStructure(String value) {
        String text = value.strip();
        if (!(text.startsWith("{") || text.startsWith("["))) {
            return false;
        }
        try {
            return JSON.readTree(text).isContainer();
        } catch (JacksonException notJson) {
            return false;
        }
    }
}
