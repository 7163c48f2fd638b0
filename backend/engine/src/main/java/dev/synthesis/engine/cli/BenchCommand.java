package dev.synthesis.engine.cli;

import dev.synthesis.engine.bench.BenchResult;
import dev.synthesis.engine.bench.Benchmark;
import dev.synthesis.engine.bench.WideTable;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.Gzip;
import dev.synthesis.engine.profile.Profiler;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.TableTyping;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code synth bench <data-dir>}: training and generation figures on every CSV in a folder and on a generated wide table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark training and generation on the CSV files of a folder and on a 32k x 15 generated table.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<data-dir>", description = "folder with CSV datasets")
    Path dataDirectory;

    @Option(names = "--rows", defaultValue = "2000000", description = "rows to generate per table (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--threads", defaultValue = "2", description = "generation partitions/threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--wide-rows", defaultValue = "32000", description = "rows of the generated wide table (default: ${DEFAULT-VALUE})")
    int wideRows;

    @Option(names = "--gzip-levels", split = ",", paramLabel = "<level>",
            description = "also gzip each table's CSV bytes at these levels (e.g. 1,3,6) to compare rate and ratio")
    List<Integer> gzipLevels = List.of();

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dataDirectory)) {
            throw new InvalidInput(dataDirectory + ": not a folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("synth-bench");
        out.println(BenchResult.header());
        for (Path csv : csvFiles()) {
            Table raw = CliFiles.readSeed(csv);
            DataSchema schema = Profiler.profile(raw, ProfileCommand.schemaName(csv)).schema();
            out.println(Benchmark.run(csv.getFileName().toString(), schema, TableTyping.type(raw, schema).rows(), rows,
                    threads, scratch, gzipLevels).line());
            out.flush();
        }
        out.println(Benchmark.run("wide-" + wideRows + "x15", WideTable.schema(), WideTable.rows(wideRows, 2026), rows,
                threads, scratch, gzipLevels).line());
        out.printf("generated %,d rows per table on %d threads, rows/s throughout; csv/jsonl: the writer to a plain file, .gz: to a"
                + " gzip file (gzip level %d), gzip alone: of the writer's plain bytes on the same threads, ratio:"
                + " .gz over gzip alone; peak heap is the largest of the training and generation phases%n", rows, threads, Gzip.LEVEL);
        return SynthCli.OK;
    }

    private List<Path> csvFiles() throws IOException {
        try (Stream<Path> files = Files.list(dataDirectory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }
}
