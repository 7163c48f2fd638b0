package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.ArrayList;
import java.util.List;

/** Scores every pair of compared columns, like SDMetrics' Column Pair Trends property. */
final class PairTrends {

    private PairTrends() {
    }

    static List<PairQuality> of(EncodedTable real, EncodedTable synthetic) {
        int width = real.columns().size();
        List<Bucketed> buckets = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Discretizer discretizer = Discretizer.forReal(real.columns().get(c));
            buckets.add(new Bucketed(discretizer.bucketCount(),
                    discretizer.buckets(real.columns().get(c)), discretizer.buckets(synthetic.columns().get(c))));
        }
        List<PairQuality> pairs = new ArrayList<>();
        for (int a = 0; a < width; a++) {
            for (int b = a + 1; b < width; b++) {
                EncodedColumn first = real.columns().get(a);
                EncodedColumn second = real.columns().get(b);
                if (first.isNumeric() && second.isNumeric()) {
                    correlation(first, second, synthetic.columns().get(a), synthetic.columns().get(b), pairs);
                } else {
                    pairs.add(contingency(first.name(), second.name(), buckets.get(a), buckets.get(b)));
                }
            }
        }
        return pairs;
    }

    private static PairQuality contingency(String first, String second, Bucketed a, Bucketed b) {
        double score = ContingencySimilarity.score(a.real, b.real, a.synthetic, b.synthetic, a.count, b.count);
        return new PairQuality(first, second, "ContingencySimilarity", score, null, null);
    }

    private static void correlation(EncodedColumn realA, EncodedColumn realB, EncodedColumn synA, EncodedColumn synB,
            List<PairQuality> pairs) {
        double real = PearsonCorrelation.of(realA.numbers(), realB.numbers());
        double synthetic = PearsonCorrelation.of(synA.numbers(), synB.numbers());
        double score = CorrelationSimilarity.score(real, synthetic);
        if (!Double.isNaN(score)) {
            pairs.add(new PairQuality(realA.name(), realB.name(), "CorrelationSimilarity", score, real,
                    Double.isNaN(synthetic) ? null : synthetic));
        }
    }

    /** One column's bucket codes in the real and the synthetic table. */
    private record Bucketed(int count, int[] real, int[] synthetic) {
    }
}
