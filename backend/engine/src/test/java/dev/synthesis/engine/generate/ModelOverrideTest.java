package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.TestData;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelOverrideTest {

    @Test
    void uniformOverrideSpreadsValuesEvenlyOverTheSeedRange() {
        // given abalone, whose shell weights are strongly skewed
        TestData.Dataset abalone = TestData.load("abalone.csv");
        double[] seed = TestData.numbers(abalone.typed(), "shell_weight");
        double min = Arrays.stream(seed).min().orElseThrow();
        double max = Arrays.stream(seed).max().orElseThrow();

        // when
        TrainingOptions options = new TrainingOptions(1, Map.of("shell_weight", FieldModel.UNIFORM), false);
        SynthesisModel model = Synthesizer.train(abalone.schema(), abalone.typed(), options);
        Table generated = Collect.rows(model, 2, 0, 50_000);

        // then: every decile of the range holds a tenth of the values
        int[] deciles = new int[10];
        for (double value : TestData.numbers(generated, "shell_weight")) {
            assertThat(value).isBetween(min, max);
            deciles[Math.min(9, (int) ((value - min) / (max - min) * 10))]++;
        }
        double total = Arrays.stream(deciles).sum();
        Arrays.stream(deciles).forEach(count -> assertThat(count / total).isCloseTo(0.1, offset(0.01)));
        assertThat(model.modelNames().get(abalone.typed().columnIndex("shell_weight"))).isEqualTo("uniform");
    }

    @Test
    void refusesAnOverrideThatCannotProduceTheFieldsType() {
        TestData.Dataset abalone = TestData.load("abalone.csv");
        TrainingOptions options = new TrainingOptions(1, Map.of("rings", FieldModel.TEXT), false);

        assertThatThrownBy(() -> Synthesizer.train(abalone.schema(), abalone.typed(), options))
                .hasMessageContaining("model 'text' cannot generate integer values (field 'rings')");
    }
}
