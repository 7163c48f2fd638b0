package dev.synthesis.engine.cli;

import dev.synthesis.engine.generate.ChunkedFiles;
import dev.synthesis.engine.generate.OrderedGeneration;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.io.Gzip;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import dev.synthesis.engine.postgres.PostgresTableWriter;
import dev.synthesis.engine.postgres.TableExists;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code synth generate <model|schema> --rows N --seed S --format F -o out}: streams synthetic rows to a
 * file, gzip-compressed with {@code --gzip} or an output name ending in {@code .gz}, or with
 * {@code --to-postgres <jdbc-url> --table T} into a new PostgreSQL table typed after the schema.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate rows from a trained model file, or from a schema JSON file alone.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<model|schema>", description = "a model file (from train) or a schema JSON file")
    Path source;

    @Option(names = "--rows", required = true, description = "how many rows")
    long rows;

    @Option(names = "--first-row", defaultValue = "0", description = "index of the first row, to produce one partition (default: 0)")
    long firstRow;

    @Option(names = "--seed", defaultValue = "1", description = "generation seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl, json, xlsx or parquet (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "where to write the rows")
    Path output;

    @Option(names = "--to-postgres", paramLabel = "<jdbc-url>",
            description = "load the rows into a new PostgreSQL table (needs --table) instead of a file")
    String postgresUrl;

    @Option(names = "--table", description = "the table --to-postgres creates")
    String table;

    @Option(names = "--replace", description = "drop and recreate --table if it exists")
    boolean replace;

    @Option(names = "--user", description = "PostgreSQL user (default: $PGUSER)")
    String user = System.getenv("PGUSER");

    @Option(names = "--password", description = "PostgreSQL password (default: $PGPASSWORD)")
    String password = System.getenv("PGPASSWORD");

    @Option(names = "--threads", defaultValue = "2", description = "generating threads; rows are written in order (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--gzip", description = "gzip the output (also when the output name ends in .gz); not for xlsx")
    boolean gzip;

    @Override
    public Integer call() throws IOException {
        OutputFormat outputFormat = outputFormat();
        if (rows < 0 || firstRow < 0) {
            throw new InvalidInput("--rows and --first-row must not be negative");
        }
        if ((output == null) == (postgresUrl == null)) {
            throw new InvalidInput("give either -o <file> or --to-postgres <jdbc-url>");
        }
        boolean compressed = output != null && (gzip || output.getFileName().toString().endsWith(".gz"));
        if (compressed && (outputFormat == OutputFormat.XLSX || outputFormat == OutputFormat.PARQUET)) {
            throw new InvalidInput("--gzip: " + outputFormat.extension() + " files are already compressed");
        }
        SynthesisModel model = CliFiles.readModelOrSchema(source);
        long started = System.nanoTime();
        String target = output == null ? toPostgres(model) : toFile(model, outputFormat, compressed);
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf("wrote %d rows to %s in %.2f s (%.0f rows/s)%n", rows, target, seconds,
                rows / Math.max(seconds, 1e-9));
        return SynthCli.OK;
    }

    private String toFile(SynthesisModel model, OutputFormat outputFormat, boolean compressed) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            write(model, outputFormat, compressed, out);
        }
        return output.toString();
    }

    /** One transaction: a load that fails leaves no table behind (and a replaced one as it was). */
    private String toPostgres(SynthesisModel model) {
        if (table == null || table.isBlank()) {
            throw new InvalidInput("--to-postgres needs --table <name>");
        }
        try (Connection connection = DriverManager.getConnection(postgresUrl, user, password)) {
            connection.setAutoCommit(false);
            try {
                try (PostgresTableWriter writer = PostgresTableWriter.create(connection, table, model.schema(), replace)) {
                    OrderedGeneration.generate(model, seed, firstRow, rows, threads, writer);
                }
                connection.commit();
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
            return "table " + table;
        } catch (TableExists exists) {
            throw new InvalidInput(exists.getMessage());
        } catch (SQLException failed) {
            throw new InvalidInput("PostgreSQL: " + failed.getMessage());
        }
    }

    /** CSV and JSON Lines are formatted and compressed on every thread; the others on one, in row order. */
    private void write(SynthesisModel model, OutputFormat outputFormat, boolean compressed, OutputStream out) throws IOException {
        if (ChunkedFiles.supports(outputFormat)) {
            ChunkedFiles.write(model, seed, firstRow, rows, threads, outputFormat, compressed, out);
            return;
        }
        try (OutputStream target = compressed ? Gzip.compressing(out) : out;
             RowWriter writer = RowWriters.open(outputFormat, target, model.schema())) {
            OrderedGeneration.generate(model, seed, firstRow, rows, threads, writer);
        }
    }

    private OutputFormat outputFormat() {
        try {
            return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("--format: unknown format '" + format + "'; expected csv, jsonl, json, xlsx or parquet");
        }
    }
}
