package dev.synthesis.engine.bench;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.OrderedGeneration;
import dev.synthesis.engine.generate.ParallelGeneration;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import dev.synthesis.engine.schema.DataSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPOutputStream;

/**
 * Measures one table: training time, generation rate to a null sink on parallel partitions and to a
 * gzip CSV file, peak heap, how well pairwise correlations survive with and without the joint model,
 * and which joint model was chosen.
 */
public final class Benchmark {

    /** A fifth of the rows is generated untimed first, so the figures measure compiled code, not the JIT warming up. */
    private static final long WARM_UP_SHARE = 5;

    private Benchmark() {}

    public static BenchResult run(String name, DataSchema schema, Table typed, long rows, int threads, Path scratch) {
        HeapPeak.reset();
        long started = System.nanoTime();
        SynthesisModel model = Synthesizer.train(schema, typed, TrainingOptions.DEFAULT);
        double trainSeconds = seconds(started);
        long trainHeap = HeapPeak.megabytes();
        HeapPeak.reset();
        timeNullSink(model, Math.max(1, rows / WARM_UP_SHARE), threads);
        double nullRate = rows / timeNullSink(model, rows, threads);
        double gzipRate = rows / timeGzipCsv(model, rows, threads, scratch.resolve(name + ".csv.gz"));
        long generateHeap = HeapPeak.megabytes();
        double jointError = CorrelationError.of(schema, typed, model);
        double independentError = CorrelationError.of(schema, typed,
                Synthesizer.train(schema, typed, TrainingOptions.DEFAULT.withIndependentFields()));
        return new BenchResult(name, typed.rowCount(), schema.fields().size(), trainSeconds, nullRate, gzipRate,
                Math.max(trainHeap, generateHeap), jointError, independentError, model.jointChoice().summary());
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

    private static double timeGzipCsv(SynthesisModel model, long rows, int threads, Path file) {
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
             RowWriter writer = RowWriters.open(OutputFormat.CSV, out, model.schema())) {
            OrderedGeneration.generate(model, 1, 0, rows, threads, writer);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return seconds(started);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
