package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.CancellableSink;
import dev.synthesis.app.jobs.JobCancelled;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.engine.data.RowSink;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.io.Gzip;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates one partition's row range into its own object. A partition is all or nothing: a
 * partition interrupted by a crash is run again on restart and overwrites its object, and a
 * finished one is skipped, so the output never loses or repeats a row. Everything the partition
 * needs (job, row range, seed, tenant) is in its execution context and job parameters, so it could
 * run on another machine.
 */
@Component
class PartTasklet implements Tasklet {

    static final String PART = "part";
    static final String FIRST_ROW = "firstRow";
    static final String ROW_COUNT = "rowCount";

    private final GenerationLedger ledger;
    private final ModelSource models;
    private final ObjectStorage storage;
    private final Cancellations cancellations;
    private final JobProgress progress;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final OutputRows output;

    PartTasklet(GenerationLedger ledger, ModelSource models, ObjectStorage storage, Cancellations cancellations,
            JobProgress progress, DataSource dataSource, JsonMapper json, OutputRows output) {
        this.ledger = ledger;
        this.models = models;
        this.storage = storage;
        this.cancellations = cancellations;
        this.progress = progress;
        this.dataSource = dataSource;
        this.json = json;
        this.output = output;
    }

    /** A cancelled partition rolls back its transaction, so none of its table rows stay. */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        return JobCancelled.interruptible(() -> generatePartition(contribution, chunk));
    }

    private RepeatStatus generatePartition(StepContribution contribution, ChunkContext chunk) throws IOException, SQLException {
        StepExecution step = chunk.getStepContext().getStepExecution();
        ExecutionContext range = step.getExecutionContext();
        GenerationRun run = ledger.find(GenerationJobConfiguration.KIND.idOf(step.getJobParameters()));
        // the fair queue drops a cancelled job's waiting partitions; one that started just before ends here
        cancellations.stopIfRequested(run.id());
        int part = range.getInt(PART);
        long rows = range.getLong(ROW_COUNT);
        progress.partitionStarted(run.id(), part);
        Path file = Files.createTempFile("synthesis-part-", ".tmp");
        try {
            write(run, models.of(run), part, range.getLong(FIRST_ROW), rows, file);
            cancellations.stopIfRequested(run.id());
            try (InputStream content = Files.newInputStream(file)) {
                storage.put(OutputParts.part(run, part), content, Files.size(file), OutputParts.mediaType(run));
            }
            contribution.incrementWriteCount(rows);
            return RepeatStatus.FINISHED;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void generate(GenerationRun run, SynthesisModel model, int part, long firstRow, long rows, RowSink target) {
        CancellableSink sink = new CancellableSink(target, () -> cancellations.isRequested(run.id()),
                written -> progress.rowsWritten(run.id(), part, written, run.rowCount(), "generating"));
        output.generate(run, model, firstRow, rows, sink);
        sink.flushProgress();
    }

    /** Rows go through the step's own connection, where the transaction has set the tenant. */
    private TableSink tableSink(GenerationRun run, SynthesisModel model, long firstRow, long rows) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return new TableSink(connection, run, TenantContext.require().value(), model.schema().fields(), firstRow, rows, json);
    }

    private void write(GenerationRun run, SynthesisModel model, int part, long firstRow, long rows, Path file)
            throws IOException, SQLException {
        OutputFormat format = OutputParts.format(run);
        try (OutputStream disk = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                OutputStream out = run.gzip() ? Gzip.compressing(disk) : disk;
                RowWriter writer = run.partitions() > 1
                        ? RowWriters.openPart(format, out, model.schema(), part == 0)
                        : RowWriters.open(format, out, model.schema())) {
            if (run.tableSink()) {
                try (TableSink table = tableSink(run, model, firstRow, rows)) {
                    generate(run, model, part, firstRow, rows, TableSink.both(writer, table));
                }
            } else {
                generate(run, model, part, firstRow, rows, writer);
            }
        }
    }
}
