package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.CancellableSink;
import dev.synthesis.app.jobs.JobCancelled;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetPlan;
import dev.synthesis.engine.dataset.TableSinks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Generates one part of a dataset job: a range of root rows with all their descendants, one object
 * per table. The engine makes a part from (model, seed, plan, part) alone, so a part rerun after a
 * crash writes the same rows again and overwrites its objects; a finished part is skipped.
 */
@Component
class DatasetPartTasklet implements Tasklet {

    private final DatasetLedger ledger;
    private final DatasetModels models;
    private final DatasetPlans plans;
    private final ObjectStorage storage;
    private final DatasetCancellations cancellations;
    private final JobProgress progress;

    DatasetPartTasklet(DatasetLedger ledger, DatasetModels models, DatasetPlans plans, ObjectStorage storage,
            DatasetCancellations cancellations, JobProgress progress) {
        this.ledger = ledger;
        this.models = models;
        this.plans = plans;
        this.storage = storage;
        this.cancellations = cancellations;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        return JobCancelled.interruptible(() -> generatePart(contribution, chunk));
    }

    private RepeatStatus generatePart(StepContribution contribution, ChunkContext chunk) throws IOException {
        StepExecution step = chunk.getStepContext().getStepExecution();
        DatasetJob job = ledger.find(DatasetJobConfiguration.GENERATION.idOf(step.getJobParameters()));
        cancellations.stopIfRequested(job.id());
        int part = step.getExecutionContext().getInt(DatasetJobConfiguration.PART);
        progress.partitionStarted(job.id(), part);
        DatasetModel model = models.of(ledger.run(job.source().trainingRunId()));
        DatasetPlan plan = plans.read(job);
        try (PartFiles files = new PartFiles(model.schema(), job.format(), part)) {
            generate(job, model, plan, part, files);
            Map<String, Path> written = files.finish();
            cancellations.stopIfRequested(job.id());
            upload(job, written, part);
        }
        contribution.incrementWriteCount(plan.parts().get(part).rows().values().stream().mapToLong(Long::longValue).sum());
        return RepeatStatus.FINISHED;
    }

    /** Every table's rows of the part, each table's sink checking for a cancel and counting progress. */
    private void generate(DatasetJob job, DatasetModel model, DatasetPlan plan, int part, PartFiles files) {
        UUID id = job.id();
        List<CancellableSink> opened = new ArrayList<>();
        Map<String, CancellableSink> sinks = new HashMap<>();
        TableSinks target = table -> sinks.computeIfAbsent(table, name -> {
            CancellableSink sink = new CancellableSink(files.sink(name), () -> cancellations.isRequested(id),
                    rows -> progress.rowsWritten(id, part, rows, job.rowCount(), "generating"));
            opened.add(sink);
            return sink;
        });
        model.generate(job.seed(), plan, part, target);
        opened.forEach(CancellableSink::flushProgress);
    }

    private void upload(DatasetJob job, Map<String, Path> files, int part) throws IOException {
        int table = 0;
        for (Path file : files.values()) {
            try (InputStream content = Files.newInputStream(file)) {
                storage.put(DatasetOutput.part(job, table++, part), content, Files.size(file), "application/gzip");
            }
        }
    }
}
