package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every pair of compared columns as SDMetrics 0.29.0's QualityReport does in its Column Pair
 * Trends property: CorrelationSimilarity (Pearson) for two numeric columns, ContingencySimilarity
 * otherwise, numeric columns bucketed by {@link Discretizer}. A pair counts towards the property
 * only when the real columns are clearly dependent, by the report's default thresholds
 * ({@code DEFAULT_REAL_CORRELATION_THRESHOLD} |ρ| > 0.5, {@code DEFAULT_REAL_ASSOCIATION_THRESHOLD}
 * Cramér's V > 0.3): pairs of nearly independent columns score near 1 for any table with the right
 * marginals, a column-shuffled copy included, so averaging them in hides lost dependence.
 */
final class PairTrends {

    static final double CORRELATION_THRESHOLD = 0.5;
    static final double ASSOCIATION_THRESHOLD = 0.3;

    private PairTrends() {
    }

    /** Every scored pair; a pair whose real correlation is undefined (constant real column) is left out. */
    static List<PairQuality> of(EncodedTable real, EncodedTable synthetic) {
        int width = real.columns().size();
        List<Bucketed> buckets = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            buckets.add(Bucketed.of(real.columns().get(c), synthetic.columns().get(c)));
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
        ContingencyDependence dependence = ContingencyDependence.of(a.real, b.real, a.count, b.count);
        double association = dependence.cramersV();
        return new PairQuality(first, second, "ContingencySimilarity", score, null, null,
                Double.isNaN(association) ? null : association, dependence.independentScore(), association > ASSOCIATION_THRESHOLD);
    }

    private static void correlation(EncodedColumn realA, EncodedColumn realB, EncodedColumn synA, EncodedColumn synB,
            List<PairQuality> pairs) {
        double real = PearsonCorrelation.of(realA.numbers(), realB.numbers());
        double synthetic = PearsonCorrelation.of(synA.numbers(), synB.numbers());
        double score = CorrelationSimilarity.score(real, synthetic);
        if (!Double.isNaN(score)) {
            pairs.add(new PairQuality(realA.name(), realB.name(), "CorrelationSimilarity", score, real,
                    Double.isNaN(synthetic) ? null : synthetic, null, CorrelationSimilarity.score(real, 0),
                    Math.abs(real) > CORRELATION_THRESHOLD));
        }
    }

    /** One column's bucket codes in the real and the synthetic table. */
    private record Bucketed(int count, int[] real, int[] synthetic) {

        static Bucketed of(EncodedColumn real, EncodedColumn synthetic) {
            return new Bucketed(Discretizer.bucketCount(real), Discretizer.buckets(real), Discretizer.buckets(synthetic));
        }
    }
}
