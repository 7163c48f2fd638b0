package dev.synthesis.app.training.web;

import dev.synthesis.engine.generate.ModelSuggestions;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.ModelCompatibility;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The field models the designer offers, straight from the engine's catalogue, so the two cannot disagree. */
@RestController
class ModelCatalogController {

    private static final List<FieldModelEntry> CATALOGUE = Arrays.stream(FieldModel.values()).map(FieldModelEntry::of).toList();

    @GetMapping("/api/models")
    List<FieldModelEntry> models() {
        return CATALOGUE;
    }

    /**
     * One model a field may name.
     *
     * @param name         the value of a field's {@code model}
     * @param explanation  what it does, in one line
     * @param fieldTypes   the field types it can produce
     * @param suggestedFor the field types for which {@code auto} picks it when a field declares nothing more
     *                     (no unique, pattern, enum or personal kind) and there is no seed; a seed's values can
     *                     change the choice, e.g. strings whose values rarely repeat become {@code text}
     */
    record FieldModelEntry(String name, String explanation, List<FieldType> fieldTypes, List<FieldType> suggestedFor) {

        static FieldModelEntry of(FieldModel model) {
            List<FieldType> types = Arrays.stream(FieldType.values()).filter(type -> ModelCompatibility.allows(model, type)).toList();
            List<FieldType> suggested = Arrays.stream(FieldType.values()).filter(type -> ModelSuggestions.forType(type) == model).toList();
            return new FieldModelEntry(model.jsonName(), model.explanation(), types, suggested);
        }
    }
}
