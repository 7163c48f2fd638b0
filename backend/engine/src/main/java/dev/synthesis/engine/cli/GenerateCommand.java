package dev.synthesis.engine.cli;

import dev.synthesis.engine.generate.ChunkedFiles;
import dev.synthesis.engine.generate.OrderedGeneration;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.io.Gzip;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code synth generate <model|schema> --rows N --seed S --format F -o out}: streams synthetic rows to a
 * file, gzip-compressed with {@code --gzip} or an output name ending in {@code .gz}.
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

    @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl, json or xlsx (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file>", description = "where to write the rows")
    Path output;

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
        boolean compressed = gzip || output.getFileName().toString().endsWith(".gz");
        if (compressed && outputFormat == OutputFormat.XLSX) {
            throw new InvalidInput("--gzip: xlsx files are already compressed");
        }
        SynthesisModel model = CliFiles.readModelOrSchema(source);
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            write(model, outputFormat, compressed, out);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf("wrote %d rows to %s in %.2f s (%.0f rows/s)%n", rows, output, seconds,
                rows / Math.max(seconds, 1e-9));
        return SynthCli.OK;
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
            throw new InvalidInput("--format: unknown format '" + format + "'; expected csv, jsonl, json or xlsx");
        }
    }
}
