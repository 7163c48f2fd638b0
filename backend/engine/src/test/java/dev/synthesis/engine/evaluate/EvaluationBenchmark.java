package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times a full evaluation at scale (not a test: timings depend on the machine). Rows come from a
 * latent Gaussian model with 12 numeric, 1 date and 7 categorical columns (20 in all); the
 * synthetic table is drawn from the same model with another seed.
 *
 * <p>Run: {@code java -cp <engine classes, test classes, dependencies> dev.synthesis.engine.evaluate.EvaluationBenchmark [rows] [runs]}
 */
public final class EvaluationBenchmark {

    private static final int NUMERIC = 12;
    private static final int CATEGORICAL = 7;
    private static final String[] LEVELS = {"a", "b", "c", "d", "e", "f"};

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        DataSchema schema = schema();
        Table training = table(rows, 1);
        Table holdout = table(rows / 4, 2);
        Table synthetic = table(rows, 3);
        EvaluationOptions options = EvaluationOptions.defaults().withTarget("c6");
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            long start = System.nanoTime();
            long cpuStart = system.getProcessCpuTime();
            EvaluationReport report = Evaluator.evaluate(schema, training, holdout, synthetic, options);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (system.getProcessCpuTime() - cpuStart) / 1_000_000;
            Runtime runtime = Runtime.getRuntime();
            // CPU time is printed beside wall time because the build machines are shared: wall time there says little
            System.out.printf("run %d: %d ms wall, %d ms CPU (%d training, %d holdout, %d synthetic rows, 20 columns, %d cores,"
                            + " system load %.1f, heap used %d MiB of max %d MiB) quality %.3f privacy %.3f%n",
                    run, millis, cpuMillis, training.rowCount(), holdout.rowCount(), synthetic.rowCount(), runtime.availableProcessors(),
                    system.getSystemLoadAverage(), (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                    report.qualityScore(), report.privacyScore());
        }
    }

    static DataSchema schema() {
        List<FieldDefinition> fields = new ArrayList<>();
        for (int c = 0; c < NUMERIC; c++) {
            fields.add(FieldDefinition.of("n" + c, c % 3 == 0 ? FieldType.INTEGER : FieldType.NUMBER));
        }
        fields.add(FieldDefinition.of("day", FieldType.DATE));
        for (int c = 0; c < CATEGORICAL; c++) {
            fields.add(FieldDefinition.of("c" + c, FieldType.STRING));
        }
        return new DataSchema("benchmark", null, null, fields, null, null);
    }

    static Table table(int rowCount, long seed) {
        Random random = new Random(seed);
        List<String> columns = schema().fields().stream().map(FieldDefinition::name).toList();
        List<Object[]> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            rows.add(row(random));
        }
        return new Table(columns, rows);
    }

    private static Object[] row(Random random) {
        double first = random.nextGaussian();
        double second = random.nextGaussian();
        Object[] row = new Object[NUMERIC + 1 + CATEGORICAL];
        for (int c = 0; c < NUMERIC; c++) {
            double value = (c % 2 == 0 ? first : second) * (1 + c * 0.1) + random.nextGaussian() * 0.5 + c;
            row[c] = c % 3 == 0 ? (Object) Math.round(value * 100) : (Object) value;
        }
        row[NUMERIC] = LocalDate.of(2020, 1, 1).plusDays(Math.round(400 + 100 * first + 30 * random.nextGaussian()));
        for (int c = 0; c < CATEGORICAL; c++) {
            double latent = (c % 2 == 0 ? first : second) + random.nextGaussian();
            row[NUMERIC + 1 + c] = LEVELS[Math.clamp((int) Math.floor(latent + 3), 0, LEVELS.length - 1)];
        }
        return row;
    }
}
