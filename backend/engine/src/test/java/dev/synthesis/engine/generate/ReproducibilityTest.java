package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReproducibilityTest {

    private static final SynthesisModel MODEL = germanCredit();

    @Test
    void rangeZeroToThousandEqualsZeroToFourHundredPlusFourHundredToThousand() {
        Table whole = Collect.rows(MODEL, 77, 0, 1_000);
        Table head = Collect.rows(MODEL, 77, 0, 400);
        Table tail = Collect.rows(MODEL, 77, 400, 600);

        List<Object[]> joined = new ArrayList<>(head.rows());
        joined.addAll(tail.rows());
        assertThat(joined).hasSize(1_000);
        for (int i = 0; i < 1_000; i++) {
            assertThat(joined.get(i)).containsExactly(whole.rows().get(i));
        }
    }

    @Test
    void threadsAndPartitionsDoNotChangeTheRows() {
        Table single = Collect.rows(MODEL, 5, 0, 3_000);
        List<List<Object[]>> partitions = Collections.synchronizedList(new ArrayList<>());
        for (int p = 0; p < 3; p++) {
            partitions.add(Collections.synchronizedList(new ArrayList<>()));
        }

        ParallelGeneration.generate(MODEL, 5, 0, 3_000, 3, p -> row -> partitions.get(p).add(row.clone()));

        List<Object[]> joined = partitions.stream().flatMap(List::stream).toList();
        for (int i = 0; i < 3_000; i++) {
            assertThat(joined.get(i)).containsExactly(single.rows().get(i));
        }
    }

    @Test
    void fakesPatternsIdentifiersAndTextAreAsReproducibleAsNumbers() {
        SynthesisModel schemaOnly = Synthesizer.schemaOnly(ConstraintsTest.SCHEMA);

        Table whole = Collect.rows(schemaOnly, 9, 0, 1_000);
        List<Object[]> joined = new ArrayList<>(Collect.rows(schemaOnly, 9, 0, 400).rows());
        joined.addAll(Collect.rows(schemaOnly, 9, 400, 600).rows());

        for (int i = 0; i < 1_000; i++) {
            assertThat(joined.get(i)).containsExactly(whole.rows().get(i));
        }
    }

    @Test
    void orderedParallelGenerationWritesTheSingleThreadRowsInOrder() {
        Table single = Collect.rows(MODEL, 6, 10, 20_000);
        List<Object[]> ordered = new ArrayList<>();

        OrderedGeneration.generate(MODEL, 6, 10, 20_000, 3, row -> ordered.add(row.clone()));

        assertThat(ordered).hasSize(20_000);
        for (int i = 0; i < 20_000; i++) {
            assertThat(ordered.get(i)).containsExactly(single.rows().get(i));
        }
    }

    @Test
    void anotherSeedGivesOtherRows() {
        Table first = Collect.rows(MODEL, 1, 0, 50);
        Table second = Collect.rows(MODEL, 2, 0, 50);

        long same = java.util.stream.IntStream.range(0, 50)
                .filter(i -> java.util.Arrays.equals(first.rows().get(i), second.rows().get(i))).count();
        assertThat(same).isZero();
    }

    private static SynthesisModel germanCredit() {
        TestData.Dataset credit = TestData.load("german-credit.csv");
        return Synthesizer.train(credit.schema(), credit.typed(), TrainingOptions.DEFAULT);
    }
}
