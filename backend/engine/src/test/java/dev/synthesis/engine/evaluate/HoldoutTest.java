package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.data.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldoutTest {

    private static final Table NUMBERED = new Table(List.of("id"),
            IntStream.range(0, 1_000).mapToObj(i -> new Object[] {(long) i}).toList());

    @Test
    void splitsDisjointlyWithTheRequestedShare() {
        Holdout split = Holdout.split(NUMBERED, 0.2, 1);
        Set<Object> held = new HashSet<>(split.holdout().column(0));
        assertThat(split.holdout().rowCount()).isEqualTo(200);
        assertThat(split.training().rowCount()).isEqualTo(800);
        assertThat(split.training().column(0)).doesNotContainAnyElementsOf(held);
    }

    @Test
    void sameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        List<Object> first = Holdout.split(NUMBERED, 0.2, 1).holdout().column(0);
        assertThat(Holdout.split(NUMBERED, 0.2, 1).holdout().column(0)).isEqualTo(first);
        assertThat(Holdout.split(NUMBERED, 0.2, 2).holdout().column(0)).isNotEqualTo(first);
    }

    @Test
    void rejectsAShareOutsideZeroAndOne() {
        assertThatThrownBy(() -> Holdout.split(NUMBERED, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
