package dev.synthesis.app.generation.internal;

import dev.synthesis.engine.bench.WideTable;
import dev.synthesis.engine.postgres.PostgresTableWriter;
import dev.synthesis.engine.schema.DataSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./synthesis bench-sinks [--rows N]}: each database writer's rows/s beside PostgreSQL's own
 * rate for the same rows on this machine. The typed export is set against a bare COPY of its own
 * rows, pre-rendered by PostgreSQL into the same table; the synthetic_data sink (the code a job
 * runs) against the cheapest JSONB loads of its rows into synthetic_data itself, with its indexes,
 * foreign keys and row-level security: COPY of pre-rendered JSON text into the same staging table
 * plus its INSERT … SELECT, and that INSERT … SELECT alone. Every load commits; the best of the
 * measured rounds counts, after one untimed round that warms the JIT and PostgreSQL's caches.
 */
final class SinkBenchmark {

    private static final int ROUNDS = 3;

    private final BenchDatabase database;
    private final DataSchema schema = WideTable.schema();
    private final List<Object[]> rows;
    private final JsonMapper json = JsonMapper.builder().build();
    private byte[] typedText;
    private byte[] jsonText;

    private SinkBenchmark(BenchDatabase database, List<Object[]> rows) {
        this.database = database;
        this.rows = rows;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length == 2 && args[0].equals("--rows") ? Integer.parseInt(args[1]) : 300_000;
        List<Object[]> rows = WideTable.rows(count, 2026).rows();
        try (BenchDatabase database = BenchDatabase.start()) {
            SinkBenchmark bench = new SinkBenchmark(database, rows);
            bench.renderOnce();
            double[] best = new double[5];
            for (int round = 0; round <= ROUNDS; round++) {
                double[] rates = bench.round();
                for (int i = 0; i < best.length && round > 0; i++) {
                    best[i] = Math.max(best[i], rates[i]);
                }
            }
            print(count, best);
        }
    }

    private static void print(int count, double[] best) {
        System.out.printf("%,d rows of the 15-column wide table, best of %d rounds, rows/s:%n", count, ROUNDS);
        System.out.printf("  typed export (PostgresTableWriter)        %,10.0f   %.2f x bare COPY%n", best[0], best[0] / best[1]);
        System.out.printf("  bare COPY of the same rows, same table    %,10.0f%n", best[1]);
        System.out.printf("  synthetic_data (TableSink)                %,10.0f   %.2f x COPY + INSERT … SELECT, %.2f x INSERT … SELECT%n",
                best[2], best[2] / best[3], best[2] / best[4]);
        System.out.printf("  COPY of rendered JSON + INSERT … SELECT   %,10.0f%n", best[3]);
        System.out.printf("  INSERT … SELECT of staged rows alone      %,10.0f%n", best[4]);
    }

    /** The baselines' input: the very rows the writers load, as PostgreSQL itself writes them out. */
    private void renderOnce() throws SQLException, IOException {
        typedExport();
        tableSink();
        try (Connection owner = database.owner(); Connection app = database.app()) {
            typedText = copyOut(owner, "copy typed_export to stdout");
            jsonText = copyOut(app, "copy (select row_index, data from synthetic_data where generation_job_id = '%s') to stdout"
                    .formatted(database.job.job()));
        }
        cleanUp();
    }

    private double[] round() throws SQLException, IOException {
        double[] seconds = {typedExport(), bareCopy(), tableSink(), 0, 0};
        cleanUp();
        seconds[3] = stagedJsonLoad(false);
        cleanUp();
        seconds[4] = stagedJsonLoad(true);
        cleanUp();
        double[] rates = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            rates[i] = rows.size() / seconds[i];
        }
        return rates;
    }

    private double typedExport() throws SQLException {
        try (Connection owner = database.owner()) {
            long started = System.nanoTime();
            try (PostgresTableWriter writer = PostgresTableWriter.create(owner, "typed_export", schema, false)) {
                rows.forEach(writer::accept);
            }
            owner.commit();
            return since(started);
        }
    }

    private double bareCopy() throws SQLException, IOException {
        try (Connection owner = database.owner()) {
            execute(owner, "create table bare_copy (like typed_export including all)");
            long started = System.nanoTime();
            copyIn(owner, "copy bare_copy from stdin", typedText);
            owner.commit();
            return since(started);
        }
    }

    private double tableSink() throws SQLException {
        try (Connection app = database.app()) {
            long started = System.nanoTime();
            try (TableSink sink = new TableSink(app, database.job, schema.fields(), 0, rows.size(), json, TableSink.CHUNK_ROWS)) {
                rows.forEach(sink::accept);
            }
            app.commit();
            return since(started);
        }
    }

    /** The cheapest JSONB loads: timed from the COPY of rendered text, or from the INSERT … SELECT alone. */
    private double stagedJsonLoad(boolean insertOnly) throws SQLException, IOException {
        try (Connection app = database.app()) {
            execute(app, TableSink.CREATE_STAGE);
            long started = System.nanoTime();
            copyIn(app, TableSink.COPY, jsonText);
            if (insertOnly) {
                started = System.nanoTime();
            }
            TableSink.insertStaged(app, database.job);
            app.commit();
            return since(started);
        }
    }

    /** Empties what a round loaded and vacuums, so every round starts from the same tables. */
    private void cleanUp() throws SQLException {
        try (Connection owner = database.owner()) {
            execute(owner, "drop table if exists typed_export, bare_copy");
            execute(owner, "delete from synthetic_data");
            owner.commit();
            owner.setAutoCommit(true);
            execute(owner, "vacuum synthetic_data");
        }
    }

    private static byte[] copyOut(Connection connection, String sql) throws SQLException, IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, text);
        return text.toByteArray();
    }

    private static void copyIn(Connection connection, String sql, byte[] text) throws SQLException, IOException {
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(text), 1 << 16);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double since(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
