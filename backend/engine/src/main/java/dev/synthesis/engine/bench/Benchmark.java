package dev.synthesis.engine.bench;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.ChunkedFiles;
import dev.synthesis.engine.generate.ParallelGeneration;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.io.Gzip;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.schema.DataSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures one table: training time, generation rate to a null sink on parallel partitions, the CSV
 * and JSON Lines writers' rates plain and gzipped beside gzip alone of the same bytes, peak heap, how
 * well pairwise correlations survive with and without the joint model, and which joint model was chosen.
 */
public final class Benchmark {

    /** A fifth of the rows is generated untimed first, so the figures measure compiled code, not the JIT warming up. */
    private static final long WARM_UP_SHARE = 5;

    private Benchmark() {}

    /** @param gzipLevels levels at which to also compress the CSV bytes, to compare them (may be empty) */
    public static BenchResult run(String name, DataSchema schema, Table typed, long rows, int threads, Path scratch,
                                  List<Integer> gzipLevels) {
        HeapPeak.reset();
        long started = System.nanoTime();
        SynthesisModel model = Synthesizer.train(schema, typed, TrainingOptions.DEFAULT);
        double trainSeconds = seconds(started);
        long trainHeap = HeapPeak.megabytes();
        HeapPeak.reset();
        long warmUp = Math.max(1, rows / WARM_UP_SHARE);
        timeNullSink(model, warmUp, threads);
        double nullRate = rows / timeNullSink(model, rows, threads);
        timeFile(model, warmUp, threads, OutputFormat.CSV, true, scratch.resolve(name + ".warm.csv.gz"));
        WriterRates csv = writerRates(model, rows, threads, OutputFormat.CSV, scratch.resolve(name + ".csv"));
        List<GzipLevel> levels = gzipLevels.stream().map(level -> GzipLevel.measure(scratch.resolve(name + ".csv"), rows,
                threads, level)).toList();
        WriterRates jsonl = writerRates(model, rows, threads, OutputFormat.JSONL, scratch.resolve(name + ".jsonl"));
        long generateHeap = HeapPeak.megabytes();
        double jointError = CorrelationError.of(schema, typed, model);
        double independentError = CorrelationError.of(schema, typed,
                Synthesizer.train(schema, typed, TrainingOptions.DEFAULT.withIndependentFields()));
        deleteAll(scratch, name);
        return new BenchResult(name, typed.rowCount(), schema.fields().size(), trainSeconds, nullRate, csv, jsonl,
                Math.max(trainHeap, generateHeap), jointError, independentError, model.jointChoice().summary(), levels);
    }

    private static double timeNullSink(SynthesisModel model, long rows, int threads) {
        LongAdder touched = new LongAdder();
        long started = System.nanoTime();
        ParallelGeneration.generate(model, 1, 0, rows, threads, partition -> row -> {
            if (row[0] != null) {
                touched.increment();
            }
        });
        double elapsed = seconds(started);
        if (touched.sum() > rows) {
            throw new IllegalStateException("more rows than asked");
        }
        return elapsed;
    }

    /** The plain file stays for gzip of the same bytes; the compressed one only has to be written. */
    private static WriterRates writerRates(SynthesisModel model, long rows, int threads, OutputFormat format, Path plain) {
        double plainRate = rows / timeFile(model, rows, threads, format, false, plain);
        Path compressed = plain.resolveSibling(plain.getFileName() + ".gz");
        double gzipRate = rows / timeFile(model, rows, threads, format, true, compressed);
        SameBytesGzip.Compression sink = SameBytesGzip.compress(plain, threads, Gzip.LEVEL);
        return new WriterRates(plainRate, gzipRate, rows / sink.seconds());
    }

    private static double timeFile(SynthesisModel model, long rows, int threads, OutputFormat format, boolean gzip, Path file) {
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ChunkedFiles.write(model, 1, 0, rows, threads, format, gzip, out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return seconds(started);
    }

    private static void deleteAll(Path scratch, String name) {
        for (String suffix : List.of(".warm.csv.gz", ".csv", ".csv.gz", ".jsonl", ".jsonl.gz")) {
            try {
                Files.deleteIfExists(scratch.resolve(name + suffix));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
