package dev.synthesis.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.generate.SynthesisModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A seed-derived schema outgrows its seed: detected ranges are observations, ids keep counting, unique stays unique. */
class VolumeTest {

    private static final int SEED_ROWS = 300;
    private static final long TEN_MILLION = 10_000_000L;
    private static final long HUNDRED_MILLION = 100_000_000L;

    @Test
    void aThreeHundredRowSeedWithAnIdGeneratesTenMillionRowsWithIdsThatKeepGoing() {
        SynthesisModel model = Seeds.train(List.of("id", "amount", "member"), seed());
        long[] previous = {Long.MIN_VALUE};
        long[] rows = {0};
        boolean[] increasing = {true};

        model.generate(1, 0, TEN_MILLION, row -> {
            long id = (Long) row[0];
            increasing[0] &= id > previous[0];
            previous[0] = id;
            rows[0]++;
        });

        assertThat(rows[0]).isEqualTo(TEN_MILLION);
        assertThat(increasing[0]).as("ids strictly increase, so they are unique").isTrue();
        assertThat(previous[0]).as("the last id: from the seed's first id 1, past its last, 300").isEqualTo(TEN_MILLION);
    }

    @Test
    void uniqueIdsStayUniqueAtAHundredMillionRows() {
        SynthesisModel model = Seeds.train(List.of("id", "amount", "member"), seed());
        List<Object[]> tail = new ArrayList<>();

        model.generate(1, HUNDRED_MILLION - 1_000, 1_000, row -> tail.add(row.clone()));

        assertThat(tail).extracting(row -> row[0]).doesNotHaveDuplicates().allMatch(id -> (Long) id > HUNDRED_MILLION - 1_000);
    }

    private static List<Object[]> seed() {
        SplittableRandom random = new SplittableRandom(2);
        List<Object[]> rows = new ArrayList<>();
        for (int id = 1; id <= SEED_ROWS; id++) {
            String amount = String.format(Locale.ROOT, "%.2f", 10 + 90 * random.nextDouble());
            rows.add(new Object[] {Integer.toString(id), amount, random.nextBoolean() ? "yes" : "no"});
        }
        return rows;
    }
}
