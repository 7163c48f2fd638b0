package dev.synthesis.engine.cli;

import dev.synthesis.engine.generate.OrderedGeneration;
import dev.synthesis.engine.generate.SynthesisModel;
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

/** {@code synth generate <model|schema> --rows N --seed S --format F -o out}: streams synthetic rows to a file. */
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

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<file>", description = "where to write the rows")
    Path output;

    @Option(names = "--threads", defaultValue = "2", description = "generating threads; rows are written in order (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws IOException {
        OutputFormat outputFormat = outputFormat();
        if (rows < 0 || firstRow < 0) {
            throw new InvalidInput("--rows and --first-row must not be negative");
        }
        SynthesisModel model = CliFiles.readModelOrSchema(source);
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
             RowWriter writer = RowWriters.open(outputFormat, out, model.schema())) {
            OrderedGeneration.generate(model, seed, firstRow, rows, threads, writer);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf("wrote %d rows to %s in %.2f s (%.0f rows/s)%n", rows, output, seconds,
                rows / Math.max(seconds, 1e-9));
        return SynthCli.OK;
    }

    private OutputFormat outputFormat() {
        try {
            return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("--format: unknown format '" + format + "'; expected csv, jsonl, json, xlsx or parquet");
        }
    }
}
