package dev.synthesis.app.training.web;

import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.app.training.Training;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.schema.FieldDefinition;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A few synthetic rows before any long job: from the newest trained model of the schema version, else
 * from the schema alone, within the {@link PreviewLimits}.
 */
@RestController
class PreviewController {

    private static final int MAX_ROWS = 1_000;

    private final SchemaCatalog schemas;
    private final Training training;

    PreviewController(SchemaCatalog schemas, Training training) {
        this.schemas = schemas;
        this.training = training;
    }

    @PostMapping("/api/schemas/{id}/preview")
    Preview preview(@PathVariable UUID id, @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_ROWS) int rows,
            @RequestParam(defaultValue = "1") long seed) {
        SchemaView schema = schemas.get(new SchemaId(id));
        var trained = training.latestModel(schema.id(), schema.version());
        if (trained.isEmpty()) {
            // a trained model's values are as long as its seed's, and cut if longer; the schema alone could ask for 65,536 characters
            PreviewLimits.checkValueLengths(schema.definition());
        }
        SynthesisModel model = trained.map(Training.TrainedSchemaModel::model)
                .orElseGet(() -> Synthesizer.schemaOnly(schema.definition()));
        List<List<String>> generated = PreviewRows.generate(model, seed, rows);
        return new Preview(trained.isPresent() ? "trained" : "schema-only",
                trained.map(t -> t.run().value()).orElse(null), schema.version(),
                schema.definition().fields().stream().map(FieldDefinition::name).toList(), generated);
    }
}
