package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.JobCancelled;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.EvaluationOptions;
import dev.synthesis.engine.evaluate.EvaluationReport;
import dev.synthesis.engine.evaluate.Evaluator;
import dev.synthesis.engine.evaluate.Holdout;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.schema.FieldDefinition;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Scores the generated data against the real rows its model was trained on and the rows held out
 * from training. Rows depend only on (seed, row index) and are drawn independently, so the first
 * rows of the output are regenerated as the sample. That lets scoring run before the rows are
 * written: every row sent to {@code synthetic_data} carries its dataset's scores, and the live
 * progress shows them while the rows are still being generated.
 */
@Component
class EvaluationTasklet implements Tasklet {

    /** Synthetic rows scored: enough for stable metrics, bounded so evaluation stays seconds long. */
    static final int MAX_SAMPLE_ROWS = 20_000;

    private final GenerationLedger ledger;
    private final ModelSource models;
    private final Training training;
    private final ObjectStorage storage;
    private final JobProgress progress;
    private final OutputRows output;
    private final Cancellations cancellations;

    EvaluationTasklet(GenerationLedger ledger, ModelSource models, Training training, ObjectStorage storage,
            JobProgress progress, OutputRows output, Cancellations cancellations) {
        this.cancellations = cancellations;
        this.ledger = ledger;
        this.models = models;
        this.training = training;
        this.storage = storage;
        this.progress = progress;
        this.output = output;
    }

    /** A job cancelled while it is scored stops once the scores are computed, before anything is stored. */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        UUID id = GenerationJobConfiguration.KIND.idOf(chunk);
        return JobCancelled.interruptible(() -> score(id));
    }

    private RepeatStatus score(UUID id) {
        GenerationRun run = ledger.find(id);
        if (run.trainingRunId() == null) {
            return RepeatStatus.FINISHED;
        }
        progress.publish(JobProgressEvent.phase(id, "evaluating", 0, run.rowCount(), false));
        EvaluationReport report = evaluate(run);
        cancellations.stopIfRequested(id);
        ObjectKey key = OutputParts.report(run);
        byte[] json = report.toJson().getBytes(StandardCharsets.UTF_8);
        storage.put(key, new ByteArrayInputStream(json), json.length, "application/json");
        BigDecimal quality = fraction(report.qualityScore());
        BigDecimal privacy = fraction(report.privacyScore());
        ledger.scored(id, key.value(), quality, privacy);
        progress.scored(id, quality.doubleValue(), privacy.doubleValue());
        return RepeatStatus.FINISHED;
    }

    private EvaluationReport evaluate(GenerationRun run) {
        Holdout real = training.realData(new TrainingRunId(run.trainingRunId()));
        SynthesisModel model = models.of(run);
        int sampleRows = (int) Math.min(run.rowCount(), MAX_SAMPLE_ROWS);
        List<Object[]> rows = new ArrayList<>(sampleRows);
        output.generate(run, model, real.training(), 0, sampleRows, row -> rows.add(row.clone()));
        cancellations.stopIfRequested(run.id());
        Table synthetic = new Table(model.schema().fields().stream().map(FieldDefinition::name).toList(), rows);
        Table holdout = real.holdout().rowCount() == 0 ? null : real.holdout();
        return Evaluator.evaluate(model.schema(), real.training(), holdout, synthetic,
                EvaluationOptions.defaults().withSeed(run.seed()));
    }

    /** A score in [0, 1] as stored: four decimals, the scale of the engine's report everywhere. */
    private static BigDecimal fraction(double score) {
        return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP);
    }
}
