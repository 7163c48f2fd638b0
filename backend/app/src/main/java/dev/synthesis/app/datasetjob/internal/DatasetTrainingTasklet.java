package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.UnusableInput;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectKeys;
import dev.synthesis.app.training.TrainingStatus;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.DatasetSynthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Fits one model for a whole dataset on its tables' seeds (typed by each table's schema) and
 * stores it under the run's own key. Unlike a single table's run nothing is held out: the
 * relationships are learned from whole families (a parent with all its children), which a
 * row-wise holdout would cut apart.
 */
@Component
class DatasetTrainingTasklet implements Tasklet {

    private final DatasetLedger ledger;
    private final DatasetDefinitions definitions;
    private final DatasetModels models;
    private final JobProgress progress;

    DatasetTrainingTasklet(DatasetLedger ledger, DatasetDefinitions definitions, DatasetModels models, JobProgress progress) {
        this.ledger = ledger;
        this.definitions = definitions;
        this.models = models;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        UUID runId = DatasetJobConfiguration.TRAINING.idOf(step.getJobParameters());
        // a run resumed after its instance died may have recorded its model just before
        if (ledger.run(runId).status() == TrainingStatus.COMPLETED) {
            return RepeatStatus.FINISHED;
        }
        DatasetTrainingRun run = ledger.trainingStarted(runId, step.getJobExecutionId());
        progress.publish(JobProgressEvent.phase(runId, "training", 0, 0, false));
        try {
            long rows = train(run);
            progress.publish(JobProgressEvent.phase(runId, "completed", rows, rows, true));
            return RepeatStatus.FINISHED;
        } catch (RuntimeException failure) {
            ledger.trainingFailed(runId, JobErrors.describe("The dataset could not be trained on these seeds", runId, failure));
            progress.publish(JobProgressEvent.phase(runId, "failed", 0, 0, true));
            throw failure;
        }
    }

    /** Returns the seed rows trained on. */
    private long train(DatasetTrainingRun run) {
        DatasetSchema schema = definitions.version(run.datasetId(), run.datasetVersion());
        Map<String, Table> seeds = models.seeds(run, schema);
        seeds.forEach((table, rows) -> {
            if (rows.rowCount() == 0) {
                throw new UnusableInput("no row of the seed for table '" + table + "' satisfies its schema;"
                        + " validate that seed against the table's schema");
            }
        });
        DatasetModel model = DatasetSynthesizer.train(schema, seeds, TrainingOptions.DEFAULT);
        ObjectKey key = ObjectKeys.model(run.id());
        models.store(key, model);
        ledger.trained(run.id(), key.value());
        return seeds.values().stream().mapToLong(Table::rowCount).sum();
    }
}
