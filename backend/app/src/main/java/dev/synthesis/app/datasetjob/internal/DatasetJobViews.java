package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetJobId;
import dev.synthesis.app.datasetjob.DatasetJobView;
import dev.synthesis.app.datasetjob.DatasetTrainingView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Jobs and runs as clients see them: the row with its plan's rows per table, the rows written so far and its report. */
@Component
public class DatasetJobViews {

    private final DatasetPlans plans;
    private final DatasetRowsWritten written;
    private final DatasetModels models;
    private final JsonMapper json;

    DatasetJobViews(DatasetPlans plans, DatasetRowsWritten written, DatasetModels models, JsonMapper json) {
        this.plans = plans;
        this.written = written;
        this.models = models;
        this.json = json;
    }

    public DatasetJobView of(DatasetJob job) {
        DatasetSource source = job.source();
        JsonNode report = job.report() == null ? null : json.readTree(job.report());
        return new DatasetJobView(new DatasetJobId(job.id()), source.datasetId(), source.datasetVersion(), source.trainingRunId(),
                job.status(), job.format(), job.seed(), plans.read(job).rowsPerTable(), job.rowCount(), job.partitions(),
                written.of(job), report, job.error(), job.createdAt(), job.startedAt(), job.finishedAt());
    }

    public DatasetTrainingView of(DatasetTrainingRun run) {
        return run.view(models.seedsOf(run));
    }
}
