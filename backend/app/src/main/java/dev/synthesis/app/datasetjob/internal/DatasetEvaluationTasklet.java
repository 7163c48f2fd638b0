package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.JobCancelled;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.DatasetEvaluator;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetPlan;
import dev.synthesis.engine.dataset.DatasetReport;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.evaluate.EvaluationOptions;
import dev.synthesis.engine.evaluate.ReportJson;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Scores a job trained on seeds against those seeds. The sample is the job's own model and seed
 * with its root rows scaled down so that the largest table has at most {@link #MAX_SAMPLE_ROWS}
 * rows: whole families (every parent with all its children), which is what the relationship
 * figures need, in bounded memory whatever the job's size.
 */
@Component
class DatasetEvaluationTasklet implements Tasklet {

    static final long MAX_SAMPLE_ROWS = 50_000;

    private final DatasetLedger ledger;
    private final DatasetModels models;
    private final DatasetPlans plans;
    private final DatasetCancellations cancellations;
    private final JobProgress progress;

    DatasetEvaluationTasklet(DatasetLedger ledger, DatasetModels models, DatasetPlans plans, DatasetCancellations cancellations,
            JobProgress progress) {
        this.ledger = ledger;
        this.models = models;
        this.plans = plans;
        this.cancellations = cancellations;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        UUID id = DatasetJobConfiguration.GENERATION.idOf(chunk);
        return JobCancelled.interruptible(() -> score(id));
    }

    private RepeatStatus score(UUID id) {
        DatasetJob job = ledger.find(id);
        DatasetTrainingRun run = ledger.run(job.source().trainingRunId());
        if (models.seedsOf(run).isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        progress.publish(JobProgressEvent.phase(id, "evaluating", job.rowCount(), job.rowCount(), false));
        DatasetModel model = models.of(run);
        Map<String, Table> real = models.seeds(run, model.schema());
        Map<String, Table> synthetic = sample(model, job);
        cancellations.stopIfRequested(id);
        DatasetReport report = DatasetEvaluator.evaluate(model.schema(), real, synthetic,
                EvaluationOptions.defaults().withSeed(job.seed()));
        cancellations.stopIfRequested(id);
        // NaN (a figure that cannot be computed) becomes null: PostgreSQL's jsonb refuses NaN
        ledger.scored(id, ReportJson.write(report));
        return RepeatStatus.FINISHED;
    }

    private Map<String, Table> sample(DatasetModel model, DatasetJob job) {
        DatasetPlan full = plans.read(job);
        long largest = full.rowsPerTable().values().stream().mapToLong(Long::longValue).max().orElse(0);
        double scale = Math.min(1.0, (double) MAX_SAMPLE_ROWS / Math.max(1, largest));
        Map<String, Long> roots = new LinkedHashMap<>();
        full.rootRows().forEach((table, rows) -> roots.put(table, Math.max(1, Math.round(rows * scale))));
        DatasetPlan sample = model.plan(job.seed(), roots, Long.MAX_VALUE / 4);
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        for (int part = 0; part < sample.parts().size(); part++) {
            model.generate(job.seed(), sample, part,
                    table -> row -> rows.computeIfAbsent(table, name -> new ArrayList<>()).add(row.clone()));
        }
        return tables(model.schema(), rows);
    }

    private static Map<String, Table> tables(DatasetSchema schema, Map<String, List<Object[]>> rows) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String table : schema.generationOrder()) {
            List<String> columns = schema.table(table).orElseThrow().fields().stream().map(FieldDefinition::name).toList();
            tables.put(table, new Table(columns, rows.getOrDefault(table, new ArrayList<>())));
        }
        return tables;
    }
}
