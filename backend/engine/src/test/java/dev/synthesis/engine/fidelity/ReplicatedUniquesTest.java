package dev.synthesis.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mushrooms is a table of 22 categories whose rows a faithful joint model rebuilds easily (before
 * this guard, about half of the generated rows were real ones); no generated row may equal a row
 * that occurs once in the seed, and partitions still reproduce a single run.
 */
class ReplicatedUniquesTest {

    private static final int ROWS = 3_000;

    @Test
    void noGeneratedRowReproducesAUniqueSeedRow() {
        TestData.Dataset mushrooms = TestData.profiled(TestData.raw("mushrooms.csv"), "mushrooms.csv");
        SynthesisModel model = Synthesizer.train(mushrooms.schema(), mushrooms.typed(), TrainingOptions.DEFAULT);
        Map<List<Object>, Integer> seedRows = new HashMap<>();
        mushrooms.typed().rows().forEach(row -> seedRows.merge(Arrays.asList(row), 1, Integer::sum));

        List<Object[]> whole = Collect.rows(model, 5, 0, ROWS).rows();
        List<Object[]> parts = new ArrayList<>(Collect.rows(model, 5, 0, 1_000).rows());
        parts.addAll(Collect.rows(model, 5, 1_000, ROWS - 1_000).rows());

        long replicated = whole.stream().filter(row -> seedRows.getOrDefault(Arrays.asList(row), 0) == 1).count();
        assertThat(replicated).as("generated rows equal to a row that occurs once in the seed").isZero();
        assertThat(parts).usingElementComparator((a, b) -> Arrays.equals(a, b) ? 0 : 1).containsExactlyElementsOf(whole);
    }
}
