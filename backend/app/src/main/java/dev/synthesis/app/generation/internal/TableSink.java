package dev.synthesis.app.generation.internal;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.schema.FieldDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes generated rows into {@code synthetic_data} in JDBC batches (PostgreSQL refuses COPY FROM
 * on tables with row-level security), each with its dataset's quality and privacy scores (null
 * for a schema-only job, which has no real data to score against). It writes on the partition's own transaction, so a partition
 * that dies leaves no rows, and (job, row index) is unique, so a rerun cannot add any twice. A rerun first deletes its row
 * range, in the same transaction: Spring Batch records a step as completed only after the step's transaction commits, so an
 * instance killed in between leaves committed rows behind a partition that is run again.
 */
final class TableSink implements RowSink, AutoCloseable {

    private static final String INSERT = """
            insert into synthetic_data (id, tenant_id, schema_id, schema_version, generation_job_id, quality_score,
                privacy_score, row_index, data)
            values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";
    private static final String CLEAR = """
            delete from synthetic_data where generation_job_id = ? and row_index >= ? and row_index < ?""";
    private static final int BATCH = 1_000;

    private final PreparedStatement insert;
    private final List<String> names;
    private final JsonMapper json;
    private long rowIndex;
    private int pending;

    TableSink(Connection connection, GenerationRun run, String tenant, List<FieldDefinition> fields, long firstRow, long rows,
            JsonMapper json) throws SQLException {
        clearRange(connection, run, firstRow, rows);
        this.insert = connection.prepareStatement(INSERT);
        this.names = fields.stream().map(FieldDefinition::name).toList();
        this.json = json;
        this.rowIndex = firstRow;
        insert.setString(1, tenant);
        insert.setObject(2, run.schemaId());
        insert.setInt(3, run.schemaVersion());
        insert.setObject(4, run.id());
        insert.setBigDecimal(5, run.qualityScore());
        insert.setBigDecimal(6, run.privacyScore());
    }

    private static void clearRange(Connection connection, GenerationRun run, long firstRow, long rows) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement(CLEAR)) {
            clear.setObject(1, run.id());
            clear.setLong(2, firstRow);
            clear.setLong(3, firstRow + rows);
            clear.executeUpdate();
        }
    }

    @Override
    public void accept(Object[] row) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            record.put(names.get(i), row[i]);
        }
        try {
            insert.setLong(7, rowIndex++);
            insert.setString(8, json.writeValueAsString(record));
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("could not write generated rows to synthetic_data: " + failed.getMessage(), failed);
        }
    }

    private void flush() throws SQLException {
        insert.executeBatch();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (pending > 0) {
                flush();
            }
        } finally {
            insert.close();
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
