package dev.synthesis.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.model.categorical.CategoricalSampler;
import dev.synthesis.engine.model.categorical.CategoricalTrainer;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoricalTrainerTest {

    private static final FieldDefinition FIELD = FieldDefinition.of("colour", FieldType.STRING);

    @Test
    void reproducesFrequenciesAndNeverEmitsRareCategories() {
        // given 600 red, 300 green, 97 blue and three singletons that identify their records
        List<Object> seed = new ArrayList<>();
        seed.addAll(Collections.nCopies(600, "red"));
        seed.addAll(Collections.nCopies(300, "green"));
        seed.addAll(Collections.nCopies(97, "blue"));
        seed.addAll(List.of("Alice's car", "Bob's car", "Carol's car"));

        // when
        CategoricalSampler sampler = CategoricalTrainer.fit(FIELD, seed, 5).orElseThrow();
        Map<Object, Integer> counts = sample(sampler, 100_000);

        // then
        assertThat(counts.keySet()).containsExactlyInAnyOrder("red", "green", "blue");
        assertThat(counts.get("red") / 100_000.0).isCloseTo(600 / 997.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(counts.get("blue") / 100_000.0).isCloseTo(97 / 997.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void givesNothingWhenEveryCategoryIsRare() {
        List<Object> seed = List.of("a", "b", "c", "d");

        assertThat(CategoricalTrainer.fit(FIELD, seed, 5)).isEmpty();
    }

    @Test
    void cdfIntervalsCoverTheUnitIntervalInOrder() {
        CategoricalSampler sampler = CategoricalSampler.weighted(FieldType.STRING, List.of("a", "b"), new double[] {3, 1});

        assertThat(sampler.cdf("a", 0)).isEqualTo(0);
        assertThat(sampler.cdf("a", 1)).isEqualTo(0.75);
        assertThat(sampler.cdf("b", 0.5)).isEqualTo(0.875);
    }

    private static Map<Object, Integer> sample(CategoricalSampler sampler, int count) {
        SampleContext context = new SampleContext(11);
        Map<Object, Integer> counts = new HashMap<>();
        for (int row = 0; row < count; row++) {
            counts.merge(sampler.sample(context.at(row, 0, Double.NaN)), 1, Integer::sum);
        }
        return counts;
    }
}
