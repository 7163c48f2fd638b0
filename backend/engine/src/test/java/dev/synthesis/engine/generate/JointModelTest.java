package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.Stats;
import dev.synthesis.engine.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JointModelTest {

    @Test
    void correlationOfPointEightInTheSeedComesBackWithinFiveHundredths() {
        // given 5,000 rows of two numbers correlated at 0.8, one of them skewed
        DataSchema schema = schema(FieldDefinition.of("x", FieldType.NUMBER), FieldDefinition.of("y", FieldType.NUMBER));
        Table seed = correlated(5_000, 0.8);
        double seedCorrelation = Stats.pearson(TestData.numbers(seed, "x"), TestData.numbers(seed, "y"));

        // when
        Table generated = Collect.rows(Synthesizer.train(schema, seed, TrainingOptions.DEFAULT), 1, 0, 100_000);

        // then
        double correlation = Stats.pearson(TestData.numbers(generated, "x"), TestData.numbers(generated, "y"));
        assertThat(seedCorrelation).isCloseTo(0.8, offset(0.03));
        assertThat(correlation).isCloseTo(seedCorrelation, offset(0.05));
    }

    @Test
    void independentSamplingLosesTheCorrelationTheCopulaKeeps() {
        DataSchema schema = schema(FieldDefinition.of("x", FieldType.NUMBER), FieldDefinition.of("y", FieldType.NUMBER));
        Table seed = correlated(5_000, 0.8);

        Table generated = Collect.rows(Synthesizer.train(schema, seed, TrainingOptions.DEFAULT.withIndependentFields()), 1, 0, 50_000);

        assertThat(Stats.pearson(TestData.numbers(generated, "x"), TestData.numbers(generated, "y"))).isCloseTo(0, offset(0.03));
    }

    @Test
    void keepsTheDependenceBetweenACategoryAndANumber() {
        // given abalone: infants (sex I) are much lighter than adults
        TestData.Dataset abalone = TestData.load("abalone.csv");

        // when
        SynthesisModel joint = Synthesizer.train(abalone.schema(), abalone.typed(), TrainingOptions.DEFAULT);
        SynthesisModel independent = Synthesizer.train(abalone.schema(), abalone.typed(),
                TrainingOptions.DEFAULT.withIndependentFields());

        // then: the joint model keeps most of the gap (trees are chosen here; a Gaussian copula, which orders
        // nominal categories on one axis, infant < male < female, keeps about 60 %); independent sampling none
        double seedGap = meanWeight(abalone.typed(), "M") - meanWeight(abalone.typed(), "I");
        assertThat(gap(joint)).isGreaterThan(0.5 * seedGap).isLessThan(1.1 * seedGap);
        assertThat(gap(independent)).isCloseTo(0, offset(0.05));
    }

    private static double gap(SynthesisModel model) {
        Table generated = Collect.rows(model, 3, 0, 50_000);
        return meanWeight(generated, "M") - meanWeight(generated, "I");
    }

    private static double meanWeight(Table table, String sex) {
        int sexColumn = table.columnIndex("sex");
        int weightColumn = table.columnIndex("whole_weight");
        return table.rows().stream().filter(row -> sex.equals(row[sexColumn]))
                .mapToDouble(row -> (Double) row[weightColumn]).average().orElseThrow();
    }

    static Table correlated(int rows, double rho) {
        SplittableRandom random = new SplittableRandom(2024);
        List<Object[]> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double a = random.nextGaussian();
            double b = rho * a + Math.sqrt(1 - rho * rho) * random.nextGaussian();
            data.add(new Object[] {a, b});
        }
        return new Table(List.of("x", "y"), data);
    }

    static DataSchema schema(FieldDefinition... fields) {
        return new DataSchema("test", null, null, List.of(fields), null, null);
    }
}
