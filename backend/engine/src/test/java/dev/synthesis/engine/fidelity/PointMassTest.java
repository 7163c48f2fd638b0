package dev.synthesis.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synthesis.engine.generate.SynthesisModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Spikes survive: zeros, sentinels and a rare zero in integer counts keep their share, and missing values keep their rows. */
class PointMassTest {

    private static final int SEED_ROWS = 3_000;
    private static final int OUTPUT_ROWS = 20_000;

    @Test
    void zerosAndSentinelsKeepTheirShareAndIntegerCountsDoNotPileUpAtTheirBound() {
        SplittableRandom random = new SplittableRandom(3);
        List<Object[]> seed = new ArrayList<>();
        for (int i = 0; i < SEED_ROWS; i++) {
            String loss = random.nextDouble() < 0.95 ? "0" : String.format(Locale.ROOT, "%.2f", Math.exp(6 + random.nextGaussian()));
            String contact = random.nextDouble() < 0.82 ? "-1" : Integer.toString(1 + random.nextInt(500));
            String visits = random.nextDouble() < 0.002 ? "0" : Integer.toString(1 + random.nextInt(200));
            seed.add(new Object[] {loss, contact, visits});
        }
        SynthesisModel model = Seeds.train(List.of("capital_loss", "days_since_contact", "visits"), seed);

        List<Object[]> output = Seeds.generate(model, OUTPUT_ROWS);

        assertThat(Seeds.share(output, 0, value -> ((Number) value).doubleValue() == 0)).as("zeros of capital_loss").isCloseTo(0.95, within(0.015));
        assertThat(Seeds.share(output, 0, value -> isBetween(value, 0, 50))).as("small positive losses that no seed row has").isLessThan(0.005);
        assertThat(Seeds.share(output, 1, value -> ((Number) value).longValue() == -1)).as("the -1 sentinel").isCloseTo(0.82, within(0.015));
        assertThat(Seeds.share(output, 2, value -> ((Number) value).longValue() == 0)).as("zero visits, 0.2 % of the seed").isLessThan(0.006);
    }

    @Test
    void missingValuesStayWithTheRowsTheyBelongTo() {
        SplittableRandom random = new SplittableRandom(5);
        List<Object[]> seed = new ArrayList<>();
        for (int i = 0; i < SEED_ROWS; i++) {
            int tenure = random.nextDouble() < 0.05 ? 0 : 1 + random.nextInt(72);
            double monthly = 20 + 100 * random.nextDouble();
            String total = tenure == 0 ? "NA" : String.format(Locale.ROOT, "%.2f", tenure * monthly);
            seed.add(new Object[] {Integer.toString(tenure), String.format(Locale.ROOT, "%.2f", monthly), total});
        }
        SynthesisModel model = Seeds.train(List.of("tenure", "monthly", "total"), seed);

        List<Object[]> output = Seeds.generate(model, OUTPUT_ROWS);

        List<Object[]> missingTotal = output.stream().filter(row -> row[2] == null).toList();
        assertThat(missingTotal.size()).as("rows without a total").isBetween((int) (0.04 * OUTPUT_ROWS), (int) (0.06 * OUTPUT_ROWS));
        double newcomersAmongMissing = Seeds.share(missingTotal, 0, value -> ((Number) value).longValue() == 0);
        double newcomers = Seeds.share(output, 0, value -> ((Number) value).longValue() == 0);
        assertThat(newcomersAmongMissing).as("share of tenure 0 where the total is missing (%.3f overall)", newcomers)
                .isGreaterThan(0.5);
        assertThat(output).extracting(row -> row[2]).filteredOn(Objects::nonNull).isNotEmpty();
    }

    private static boolean isBetween(Object value, double low, double high) {
        double number = ((Number) value).doubleValue();
        return number > low && number < high;
    }
}
