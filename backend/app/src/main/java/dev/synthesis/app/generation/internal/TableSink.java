package dev.synthesis.app.generation.internal;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.postgres.CopyText;
import dev.synthesis.engine.schema.FieldDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes generated rows into {@code synthetic_data}, each with its dataset's quality and privacy
 * scores. PostgreSQL refuses COPY into a table with row-level security, so rows go by COPY into a
 * temporary staging table (private to the session, dropped at commit) and from there by one
 * {@code INSERT … SELECT} per chunk, which the tenant policy checks row by row like any insert.
 * It all happens on the partition's own transaction, so a partition that dies leaves no rows, and
 * (job, row index) is unique, so a rerun cannot add any twice. A rerun first deletes its row range,
 * in the same transaction: Spring Batch records a step as completed only after the step's
 * transaction commits, so an instance killed in between leaves committed rows behind a partition
 * that is run again.
 */
final class TableSink implements RowSink, AutoCloseable {

    /** Bounds the staging table's size on disk; memory stays flat whatever the chunk. */
    static final int CHUNK_ROWS = 250_000;

    private static final String CLEAR = """
            delete from synthetic_data where generation_job_id = ? and row_index >= ? and row_index < ?""";
    /** The staging table and its COPY, which the sink benchmark's baseline loads the same way. */
    static final String CREATE_STAGE = """
            create temporary table synthetic_data_stage (row_index bigint not null, data jsonb not null) on commit drop""";
    static final String COPY = "copy synthetic_data_stage (row_index, data) from stdin";
    private static final String MOVE = """
            insert into synthetic_data (id, tenant_id, schema_id, schema_version, generation_job_id, quality_score,
                privacy_score, row_index, data)
            select gen_random_uuid(), ?, ?, ?, ?, ?, ?, row_index, data from synthetic_data_stage""";
    private static final String EMPTY_STAGE = "truncate synthetic_data_stage";

    private final Connection connection;
    private final JobColumns job;
    private final List<FieldDefinition> fields;
    private final CopyText copy;
    private final JsonGenerator generator;
    private final int chunkRows;
    private long rowIndex;
    private int staged;

    TableSink(Connection connection, GenerationRun run, String tenant, List<FieldDefinition> fields, long firstRow, long rows,
            JsonMapper json) throws SQLException {
        this(connection, JobColumns.of(run, tenant), fields, firstRow, rows, json, CHUNK_ROWS);
    }

    TableSink(Connection connection, JobColumns job, List<FieldDefinition> fields, long firstRow, long rows, JsonMapper json,
            int chunkRows) throws SQLException {
        clearRange(connection, job, firstRow, rows);
        try (Statement create = connection.createStatement()) {
            create.execute(CREATE_STAGE);
        }
        this.connection = connection;
        this.job = job;
        this.fields = fields;
        this.copy = CopyText.betweenStatements(connection, COPY);
        this.generator = json.writer()
                .with(new MinimalPrettyPrinter(""))
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(copy);
        this.chunkRows = chunkRows;
        this.rowIndex = firstRow;
    }

    private static void clearRange(Connection connection, JobColumns job, long firstRow, long rows) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement(CLEAR)) {
            clear.setObject(1, job.job());
            clear.setLong(2, firstRow);
            clear.setLong(3, firstRow + rows);
            clear.executeUpdate();
        }
    }

    @Override
    public void accept(Object[] row) {
        try {
            copy.number(rowIndex++);
            copy.tab();
            writeJson(row);
            copy.endRow();
            if (++staged == chunkRows) {
                moveStaged();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("could not write generated rows to synthetic_data: " + failed.getMessage(), failed);
        }
    }

    /** The same JSON the mapper makes of a name-to-value map, written straight into the COPY buffer. */
    private void writeJson(Object[] row) {
        generator.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            generator.writeName(fields.get(i).name());
            switch (row[i]) {
                case null -> generator.writeNull();
                case String text -> generator.writeString(text);
                case Long number -> generator.writeNumber(number);
                case Double number -> generator.writeNumber(number);
                case Boolean flag -> generator.writeBoolean(flag);
                case Object other -> generator.writePOJO(other);
            }
        }
        generator.writeEndObject();
        generator.flush();
    }

    private void moveStaged() throws SQLException {
        copy.finish();
        insertStaged(connection, job);
        try (Statement empty = connection.createStatement()) {
            empty.execute(EMPTY_STAGE);
        }
        staged = 0;
    }

    /** One {@code INSERT … SELECT} of the staged rows: the tenant policy checks each row it adds. */
    static void insertStaged(Connection connection, JobColumns job) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(MOVE)) {
            move.setString(1, job.tenant());
            move.setObject(2, job.schemaId());
            move.setInt(3, job.schemaVersion());
            move.setObject(4, job.job());
            move.setBigDecimal(5, job.quality());
            move.setBigDecimal(6, job.privacy());
            move.executeUpdate();
        }
    }

    /** Moves the last chunk. */
    @Override
    public void close() throws SQLException {
        try {
            if (staged > 0) {
                moveStaged();
            }
        } finally {
            generator.close();
        }
    }

    /** Sends each row to two sinks. */
    static RowSink both(RowSink first, RowSink second) {
        return row -> {
            first.accept(row);
            second.accept(row);
        };
    }
}
