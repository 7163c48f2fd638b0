package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.ml.SmileIsolationForest;
import dev.synthesis.engine.evaluate.privacy.PrivacyEvaluation;
import dev.synthesis.engine.evaluate.privacy.PrivacyScores;
import java.util.List;

/**
 * Measures the error the sampled nearest-neighbour queries add, against every synthetic row as a
 * query, on the benchmark model's tables (not a test: it takes minutes at large sizes).
 *
 * <p>Run: {@code java -cp <...> dev.synthesis.engine.evaluate.NeighbourSampleAccuracy [rows] [sample] [repeats]}
 */
public final class NeighbourSampleAccuracy {

    private NeighbourSampleAccuracy() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : EvaluationOptions.DEFAULT_PRIVACY_SAMPLE_ROWS;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Table trainingRows = EvaluationBenchmark.table(rows, 1);
        List<ColumnPlan> plans = EvaluationBenchmark.schema().fields().stream()
                .map(field -> ColumnPlan.of(field, trainingRows, EvaluationOptions.DEFAULT_CATEGORICAL_MAX_DISTINCT)).toList();
        TableEncoder encoder = new TableEncoder(plans);
        EncodedTable training = encoder.encode(trainingRows);
        encoder.freezeRealCategories();
        EncodedTable holdout = encoder.encode(EvaluationBenchmark.table(rows / 4, 2));
        EncodedTable synthetic = encoder.encode(EvaluationBenchmark.table(rows, 3));
        PrivacyScores exact = new PrivacyEvaluation(new SmileIsolationForest(), Integer.MAX_VALUE, 1).evaluate(training, holdout, synthetic);
        double shareError = 0;
        double dcrError = 0;
        double nndrError = 0;
        for (int repeat = 0; repeat < repeats; repeat++) {
            PrivacyScores sampled = new PrivacyEvaluation(new SmileIsolationForest(), sample, 100 + repeat).evaluate(training, holdout, synthetic);
            shareError = Math.max(shareError, Math.abs(sampled.dcrShare().shareCloserToTraining() - exact.dcrShare().shareCloserToTraining()));
            dcrError = Math.max(dcrError, Math.abs(sampled.dcr().syntheticMedian() / exact.dcr().syntheticMedian() - 1));
            nndrError = Math.max(nndrError, Math.abs(sampled.nndr().syntheticMedian() - exact.nndr().syntheticMedian()));
        }
        System.out.printf("%d training rows, %d synthetic; exact: DCR share %.4f, median DCR %.5f, median NNDR %.4f%n", rows, rows,
                exact.dcrShare().shareCloserToTraining(), exact.dcr().syntheticMedian(), exact.nndr().syntheticMedian());
        System.out.printf("%d sampled queries, worst of %d seeds: |DCR share error| %.4f, relative median DCR error %.4f, |median NNDR error| %.4f%n",
                sample, repeats, shareError, dcrError, nndrError);
    }
}
