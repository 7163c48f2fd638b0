package dev.synthesis.engine.dp.mst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.dp.Zcdp;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MechanismCalibrationTest {

    private static final FieldDefinition CITY = FieldDefinition.of("city", FieldType.STRING)
            .withConstraints(new Constraints(null, null, null, null, null, true, false, null));

    @Test
    void theNoiseOfAMeasurementMatchesItsCalibration() {
        // given 20,000 empty bins measured at rho = 0.005, i.e. sigma = 10
        Releases releases = new Releases(new SplittableRandom(7));
        double rho = 0.005;

        // when
        long[] noisy = releases.counts("1-way:x", new long[20_000], rho);

        // then the noise has mean 0 and variance sigma² (the discrete Gaussian's is within 1e-6 of it at this sigma)
        double sigma = Zcdp.gaussianSigma(1, rho);
        double mean = Arrays.stream(noisy).average().orElseThrow();
        double variance = Arrays.stream(noisy).mapToDouble(z -> (z - mean) * (z - mean)).sum() / (noisy.length - 1);
        assertThat(mean).isCloseTo(0, offset(4 * sigma / Math.sqrt(noisy.length)));
        assertThat(variance / (sigma * sigma)).isCloseTo(1, offset(0.05));
        assertThat(releases.entries()).containsExactly(new BudgetEntry("1-way:x", "discrete gaussian, sigma 10.0", 0, 0, rho));
    }

    @Test
    void oneWayMeasurementsCarryTheirCalibratedNoise() {
        // given a column with 5,000 "a": its noisy count over many secure-stream seeds
        List<Object> column = Collections.nCopies(5_000, "a");
        double rho = 0.02;
        double[] errors = new double[4_000];
        for (int trial = 0; trial < errors.length; trial++) {
            OneWay measured = OneWay.declared(CITY, column, List.of("a", "b"), rho, new Releases(new SplittableRandom(trial)));
            errors[trial] = measured.noisy()[0] - 5_000;
        }

        double sigma = Zcdp.gaussianSigma(1, rho);
        double variance = Arrays.stream(errors).map(e -> e * e).average().orElseThrow();
        assertThat(Math.sqrt(variance) / sigma).isCloseTo(1, offset(0.05));
    }

    @Test
    void aCategoryHeldByOneRowIsReleasedWithProbabilityAtMostDeltaP() {
        // given 300 rows: one "rare", the rest "common", and a large deltaP so the bound is measurable
        List<Object> column = new ArrayList<>(Collections.nCopies(299, "common"));
        column.add("rare");
        double deltaP = 0.05;
        double rho = 0.125;

        // when partition selection runs 20,000 times
        int trials = 20_000;
        int released = 0;
        for (int trial = 0; trial < trials; trial++) {
            OneWay measured = OneWay.selected(CITY, column, rho, deltaP, new Releases(new SplittableRandom(trial)));
            released += measured.domain().categories().contains("rare") ? 1 : 0;
        }

        // then "rare" is released at most deltaP of the time (three standard errors of slack), "common" always
        assertThat((double) released / trials).isLessThanOrEqualTo(deltaP + 3 * Math.sqrt(deltaP * (1 - deltaP) / trials));
        assertThat(OneWay.selected(CITY, column, rho, deltaP, new Releases(new SplittableRandom(1))).domain().categories())
                .contains("common");
    }

    @Test
    void theSupportDoesNotChangeWithOneRowBeyondWhatTheMechanismAllows() {
        // given neighbouring columns: with and without the one row holding "rare"
        List<Object> without = new ArrayList<>(Collections.nCopies(299, "common"));
        List<Object> with = new ArrayList<>(without);
        with.add("rare");
        double deltaP = 0.05;

        // when both are released with the same noise stream
        int differ = 0;
        int trials = 10_000;
        for (int trial = 0; trial < trials; trial++) {
            List<String> a = OneWay.selected(CITY, with, 0.125, deltaP, new Releases(new SplittableRandom(trial))).domain().categories();
            List<String> b = OneWay.selected(CITY, without, 0.125, deltaP, new Releases(new SplittableRandom(trial))).domain().categories();
            differ += a.equals(b) ? 0 : 1;
        }

        // then the released sets differ only when "rare" passes, at most deltaP of the time
        assertThat((double) differ / trials).isLessThanOrEqualTo(deltaP + 3 * Math.sqrt(deltaP * (1 - deltaP) / trials));
    }
}
