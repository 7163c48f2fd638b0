package dev.synthesis.app.generation.internal;

import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import org.springframework.stereotype.Component;

/** The model a generation job uses: its training run's, or one built from the schema version alone. */
@Component
class ModelSource {

    private final Training training;
    private final SchemaCatalog schemas;

    ModelSource(Training training, SchemaCatalog schemas) {
        this.training = training;
        this.schemas = schemas;
    }

    SynthesisModel of(GenerationRun run) {
        if (run.trainingRunId() != null) {
            return training.model(new TrainingRunId(run.trainingRunId()));
        }
        return Synthesizer.schemaOnly(schemas.version(new SchemaId(run.schemaId()), run.schemaVersion()).definition());
    }
}
