package dev.synthesis.app.training.web;

import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A live sample of a schema being designed: the unsaved definition, checked as a save would check it,
 * generated from the schema alone, within the {@link PreviewLimits}.
 */
@RestController
class DraftPreviewController {

    static final int MAX_ROWS = 100;

    private final SchemaCatalog schemas;

    DraftPreviewController(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /** Rows from an unsaved definition (the body of POST /api/schemas); 400 names the offending path as a save would. */
    @PostMapping("/api/schemas/preview")
    Preview preview(@RequestBody DataSchema definition, @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_ROWS) int rows,
            @RequestParam(defaultValue = "1") long seed) {
        schemas.check(definition);
        PreviewLimits.checkValueLengths(definition);
        List<List<String>> generated = PreviewRows.generate(Synthesizer.schemaOnly(definition), seed, rows);
        return new Preview("schema-only", null, 0, definition.fields().stream().map(FieldDefinition::name).toList(), generated);
    }
}
