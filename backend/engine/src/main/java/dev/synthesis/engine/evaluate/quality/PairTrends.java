package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Scores every pair of compared columns, like SDMetrics' Column Pair Trends property. */
final class PairTrends {

    private PairTrends() {
    }

    static List<PairQuality> of(EncodedTable real, EncodedTable synthetic) {
        int width = real.columns().size();
        List<Discretizer> discretizers = real.columns().stream().map(Discretizer::forReal).toList();
        List<int[]> realBuckets = IntStream.range(0, width).mapToObj(c -> discretizers.get(c).buckets(real.columns().get(c))).toList();
        List<int[]> synBuckets = IntStream.range(0, width).mapToObj(c -> discretizers.get(c).buckets(synthetic.columns().get(c))).toList();
        List<PairQuality> pairs = new ArrayList<>();
        for (int a = 0; a < width; a++) {
            for (int b = a + 1; b < width; b++) {
                EncodedColumn first = real.columns().get(a);
                EncodedColumn second = real.columns().get(b);
                if (first.isNumeric() && second.isNumeric()) {
                    correlation(first, second, synthetic.columns().get(a), synthetic.columns().get(b), pairs);
                } else {
                    double score = ContingencySimilarity.score(realBuckets.get(a), realBuckets.get(b), synBuckets.get(a), synBuckets.get(b),
                            discretizers.get(a).bucketCount(), discretizers.get(b).bucketCount());
                    pairs.add(new PairQuality(first.name(), second.name(), "ContingencySimilarity", score, null, null));
                }
            }
        }
        return pairs;
    }

    private static void correlation(EncodedColumn realA, EncodedColumn realB, EncodedColumn synA, EncodedColumn synB, List<PairQuality> pairs) {
        double real = PearsonCorrelation.of(realA.numbers(), realB.numbers());
        double synthetic = PearsonCorrelation.of(synA.numbers(), synB.numbers());
        double score = CorrelationSimilarity.score(real, synthetic);
        if (!Double.isNaN(score)) {
            pairs.add(new PairQuality(realA.name(), realB.name(), "CorrelationSimilarity", score, real, Double.isNaN(synthetic) ? null : synthetic));
        }
    }
}
