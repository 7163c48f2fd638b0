package dev.synthesis.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.numeric.QuantileTrainer;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.testing.Stats;
import dev.synthesis.engine.testing.TestData;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantileSamplerTest {

    @Test
    void reproducesTheMarginalOfARealColumnWithinKsDistanceFivePercent() {
        // given the abalone shell weights
        double[] seed = TestData.numbers(TestData.load("abalone.csv").typed(), "shell_weight");
        FieldDefinition field = FieldDefinition.of("shell_weight", FieldType.NUMBER);

        // when
        QuantileSampler sampler = QuantileTrainer.fit(field, boxed(seed), new SplittableRandom(1), null);
        double[] generated = sample(sampler, 100_000);

        // then
        assertThat(Stats.ksDistance(seed, generated)).isLessThan(0.05);
    }

    @Test
    void keepsIntegersWholeAndInsideDeclaredBounds() {
        // given ages between 18 and 30 declared, seed crowding both bounds
        Constraints bounds = new Constraints(Bound.of(18), Bound.of(30), null, null, null, false, false, null);
        FieldDefinition field = FieldDefinition.of("age", FieldType.INTEGER).withConstraints(bounds);
        List<Object> seed = Arrays.stream(new long[] {18, 18, 19, 20, 25, 29, 30, 30, 30}).boxed().map(Object.class::cast).toList();

        // when
        QuantileSampler sampler = QuantileTrainer.fit(field, seed, new SplittableRandom(1), null);
        SampleContext context = new SampleContext(5);

        // then
        for (long row = 0; row < 50_000; row++) {
            assertThat(sampler.sample(context.at(row, 0, Double.NaN))).isInstanceOf(Long.class)
                    .satisfies(value -> assertThat((Long) value).isBetween(18L, 30L));
        }
    }

    @Test
    void declaredDecimalMaximumHoldsExactly() {
        Constraints bounds = new Constraints(Bound.of(0), new Bound("0.1"), null, null, null, false, false, null);
        FieldDefinition field = FieldDefinition.of("share", FieldType.NUMBER).withConstraints(bounds);
        QuantileSampler sampler = QuantileTrainer.fit(field, List.of(0.1, 0.1, 0.1, 0.09), new SplittableRandom(1), null);
        SampleContext context = new SampleContext(5);

        for (long row = 0; row < 10_000; row++) {
            double value = (Double) sampler.sample(context.at(row, 0, Double.NaN));
            assertThat(new java.math.BigDecimal(value)).isLessThanOrEqualTo(new java.math.BigDecimal("0.1"));
        }
    }

    static double[] sample(QuantileSampler sampler, int count) {
        SampleContext context = new SampleContext(9);
        double[] values = new double[count];
        for (int row = 0; row < count; row++) {
            values[row] = ((Number) sampler.sample(context.at(row, 0, Double.NaN))).doubleValue();
        }
        return values;
    }

    static List<Object> boxed(double[] values) {
        return Arrays.stream(values).boxed().map(Object.class::cast).toList();
    }
}
