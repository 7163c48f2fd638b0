package dev.synthesis.app.training.internal;

import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.UnusableInput;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectKeys;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.training.ClippedField;
import dev.synthesis.app.training.TrainingStatus;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dp.DeclaredBounds;
import dev.synthesis.engine.evaluate.Holdout;
import dev.synthesis.engine.generate.ModelFiles;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Fits a schema version on a seed: types the seed, holds out a seeded share of its rows (never
 * trained on, kept for evaluation), trains, and stores the model under the run's own key. With
 * differential privacy on it also counts the seed values the declared bounds clip, for the tenant.
 */
@Component
class TrainingTasklet implements Tasklet {

    private final TrainingLedger ledger;
    private final SchemaCatalog schemas;
    private final SeedLibrary seeds;
    private final ObjectStorage storage;
    private final FieldSummaries summaries;
    private final JobProgress progress;

    TrainingTasklet(TrainingLedger ledger, SchemaCatalog schemas, SeedLibrary seeds, ObjectStorage storage,
            FieldSummaries summaries, JobProgress progress) {
        this.ledger = ledger;
        this.schemas = schemas;
        this.seeds = seeds;
        this.storage = storage;
        this.summaries = summaries;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        UUID runId = TrainingJobConfiguration.KIND.idOf(chunk);
        // a run resumed after its instance died may have recorded its model just before
        if (ledger.status(runId) == TrainingStatus.COMPLETED) {
            return RepeatStatus.FINISHED;
        }
        TrainingRun run = ledger.started(runId, chunk.getStepContext().getStepExecution().getJobExecutionId());
        progress.publish(JobProgressEvent.phase(runId, "training", 0, 0, false));
        try {
            TrainingLedger.TrainedModel trained = train(run);
            ledger.completed(runId, trained);
            progress.publish(JobProgressEvent.phase(runId, "completed", trained.trainingRows(), trained.trainingRows(), true));
            return RepeatStatus.FINISHED;
        } catch (RuntimeException failure) {
            ledger.failed(runId, JobErrors.describe("The model could not be trained on this seed", runId, failure));
            progress.publish(JobProgressEvent.phase(runId, "failed", 0, 0, true));
            throw failure;
        }
    }

    private TrainingLedger.TrainedModel train(TrainingRun run) {
        DataSchema schema = run.settings().effective(schemas.version(new SchemaId(run.schemaId()), run.schemaVersion()).definition());
        ledger.readingSeed(run.id());
        Table seed = seeds.read(new SeedId(run.seedId()));
        TypedTable typed = TableTyping.type(seed, schema);
        Holdout split = Holdout.split(typed.rows(), run.holdoutShare(), run.splitSeed());
        if (split.training().rowCount() == 0) {
            throw new UnusableInput("no seed row satisfies schema version " + run.schemaVersion()
                    + " (" + typed.rejectedRows() + " rows rejected); validate the seed against the schema");
        }
        SynthesisModel model = Synthesizer.train(schema, split.training(), TrainingOptions.DEFAULT.withSeed(run.splitSeed()));
        ObjectKey key = ObjectKeys.model(run.id());
        store(key, model);
        boolean differentiallyPrivate = model.privacy().enabled();
        Double epsilon = differentiallyPrivate ? model.privacy().epsilonSpent() : null;
        return new TrainingLedger.TrainedModel(key, split.training().rowCount(), split.holdout().rowCount(),
                typed.rejectedRows(), epsilon, MechanismSummary.of(model.privacy()),
                differentiallyPrivate ? clipped(schema, seed) : List.of(), summaries.of(model, split.training()));
    }

    private static List<ClippedField> clipped(DataSchema schema, Table seed) {
        return DeclaredBounds.clipped(schema, seed).stream()
                .map(field -> new ClippedField(field.field(), field.below(), field.above(),
                        field.min() == null ? null : field.min().text(), field.max() == null ? null : field.max().text()))
                .toList();
    }

    private void store(ObjectKey key, SynthesisModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFiles.write(model, bytes);
        storage.put(key, new ByteArrayInputStream(bytes.toByteArray()), bytes.size(), "application/octet-stream");
    }
}
