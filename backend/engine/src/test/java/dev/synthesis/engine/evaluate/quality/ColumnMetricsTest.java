package dev.synthesis.engine.evaluate.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColumnMetricsTest {

    private static NumericValues values(double... values) {
        return NumericValues.of(values);
    }

    @Test
    void ksComplementIsOneForEqualSamplesAndZeroForDisjointOnes() {
        assertThat(KSComplement.score(values(1, 2, 3, 4), values(4, 3, 2, 1))).isEqualTo(1.0);
        assertThat(KSComplement.score(values(1, 2, 3), values(10, 11, 12))).isEqualTo(0.0);
    }

    @Test
    void ksComplementMeasuresTheLargestCdfGap() {
        // CDFs after 1: 1/2 vs 0; after 2: 1 vs 1/2; gap 1/2
        assertThat(KSComplement.score(values(1, 2), values(2, 3))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void ksComplementIgnoresMissingValues() {
        assertThat(KSComplement.score(values(1, Double.NaN, 2), values(1, 2))).isEqualTo(1.0);
    }

    @Test
    void tvComplementIsOneMinusHalfTheL1DistanceOfFrequencies() {
        // real: a 50 %, b 50 %; synthetic: a 75 %, b 25 %  -> TVD 0.25
        assertThat(TVComplement.score(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1}, 2)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void rangeCoverageCountsTheUncoveredEnds() {
        assertThat(RangeCoverage.score(values(0, 10), values(2, 9))).isCloseTo(0.7, within(1e-12));
        assertThat(RangeCoverage.score(values(0, 10), values(-5, 15))).isEqualTo(1.0);
        assertThat(RangeCoverage.score(values(0, 10), values(20, 30))).isEqualTo(0.0);
    }

    @Test
    void boundaryAdherenceIsTheShareInsideTheRealRange() {
        assertThat(BoundaryAdherence.score(values(0, 10), values(-1, 5, 10, 11))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void categoryAdherenceAndCoverageUseTheRealCategories() {
        // real categories are codes 0..2; code 3 exists only in the synthetic data
        int[] synthetic = {0, 0, 3, -1, 1};
        assertThat(CategoryAdherence.score(synthetic, 3)).isCloseTo(0.75, within(1e-12));
        assertThat(CategoryCoverage.score(synthetic, 3)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void contingencySimilarityDetectsLostDependenceWithEqualMarginals() {
        // real: a always with x, b with y; synthetic keeps the marginals but crosses them
        int[] a = {0, 0, 1, 1};
        int[] b = {0, 0, 1, 1};
        int[] crossed = {0, 1, 0, 1};
        assertThat(ContingencySimilarity.score(a, b, a, b, 2, 2)).isEqualTo(1.0);
        assertThat(ContingencySimilarity.score(a, b, a, crossed, 2, 2)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void correlationSimilarityHalvesTheCorrelationGap() {
        double[] x = {1, 2, 3, 4, 5};
        double[] up = {2, 4, 6, 8, 10};
        double[] down = {10, 8, 6, 4, 2};
        assertThat(PearsonCorrelation.of(x, up)).isCloseTo(1.0, within(1e-12));
        assertThat(CorrelationSimilarity.score(PearsonCorrelation.of(x, up), PearsonCorrelation.of(x, down))).isCloseTo(0.0, within(1e-12));
        assertThat(CorrelationSimilarity.score(Double.NaN, 0.3)).isNaN();
    }
}
