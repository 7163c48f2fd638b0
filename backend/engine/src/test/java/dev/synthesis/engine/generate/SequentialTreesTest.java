package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dp.PrivacyAccount;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.copula.CopulaTrainer;
import dev.synthesis.engine.model.tree.SequentialTrees;
import dev.synthesis.engine.model.tree.SequentialTreesTrainer;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.TestData;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequentialTreesTest {

    private static final DataSchema PARABOLA_SCHEMA = JointModelTest.schema(
            FieldDefinition.of("x", FieldType.NUMBER), FieldDefinition.of("y", FieldType.NUMBER));
    private static final SynthesisModel PARABOLA = Synthesizer.train(PARABOLA_SCHEMA, parabola(5_000), TrainingOptions.DEFAULT);

    @Test
    void selectionPicksTreesForANonMonotoneDependenceAndTheyKeepIt() {
        // given y = x² + noise: no monotone trend, so a Gaussian copula sees (almost) independence

        // when
        JointModelChoice choice = PARABOLA.jointChoice();
        Table generated = Collect.rows(PARABOLA, 1, 0, 50_000);

        // then: measured on held-out rows the trees win clearly, and the output keeps y rising with |x|
        assertThat(choice.model()).isEqualTo(JointModelChoice.TREES);
        assertThat(choice.treesScore()).isGreaterThan(choice.copulaScore() + 0.05);
        assertThat(PARABOLA.joint()).isInstanceOf(SequentialTrees.class);
        double[][] pairs = TestData.pairs(generated, "x", "y");
        assertThat(meanWhere(pairs, x -> Math.abs(x) < 0.5)).isCloseTo(0.08, offset(0.15));
        assertThat(meanWhere(pairs, x -> Math.abs(x) > 1.5)).isGreaterThan(3);
    }

    @Test
    void treesKeepAnExclusiveOrThatTheCopulaLoses() {
        // given c = a XOR b for 95 % of rows, a and b independent fair coins: no pair shows any dependence
        DataSchema schema = JointModelTest.schema(FieldDefinition.of("a", FieldType.STRING),
                FieldDefinition.of("b", FieldType.STRING), FieldDefinition.of("c", FieldType.STRING));
        Table seed = exclusiveOr(4_000);
        SynthesisModel independent = Synthesizer.train(schema, seed, TrainingOptions.DEFAULT.withIndependentFields());
        List<MarginalSampler> marginals = independent.samplers().stream().map(MarginalSampler.class::cast).toList();
        int[] fields = {0, 1, 2};

        // when
        JointModel trees = SequentialTreesTrainer.fit(fields, marginals, List.of(seed.column(0), seed.column(1), seed.column(2)), new int[] {5, 5, 5},
                new SplittableRandom(1));
        JointModel copula = CopulaTrainer.fit(fields, marginals, List.of(seed.column(0), seed.column(1), seed.column(2)), new SplittableRandom(1));

        // then
        assertThat(exclusiveOrShare(withJoint(independent, trees))).isCloseTo(0.95, offset(0.03));
        assertThat(exclusiveOrShare(withJoint(independent, copula))).isCloseTo(0.5, offset(0.05));
    }

    @Test
    void linearGaussianDependenceKeepsTheCopulaOrTreesScoreAtLeastAsWell() {
        SynthesisModel model = Synthesizer.train(PARABOLA_SCHEMA, JointModelTest.correlated(5_000, 0.8), TrainingOptions.DEFAULT);

        JointModelChoice choice = model.jointChoice();

        assertThat(choice.copulaScore()).isNotNull();
        assertThat(choice.model().equals(JointModelChoice.COPULA) || choice.treesScore() >= choice.copulaScore()).isTrue();
    }

    @Test
    void treeRowsDependOnlyOnSeedAndRowSoPartitionsReproduce() {
        Table whole = Collect.rows(PARABOLA, 77, 0, 1_000);
        List<Object[]> joined = new ArrayList<>(Collect.rows(PARABOLA, 77, 0, 400).rows());
        joined.addAll(Collect.rows(PARABOLA, 77, 400, 600).rows());
        Table again = Collect.rows(PARABOLA, 77, 0, 1_000);

        for (int i = 0; i < 1_000; i++) {
            assertThat(joined.get(i)).containsExactly(whole.rows().get(i));
            assertThat(again.rows().get(i)).containsExactly(whole.rows().get(i));
        }
    }

    @Test
    void treesRoundTripThroughModelFiles() {
        SynthesisModel read = ModelFiles.read(new ByteArrayInputStream(ModelFilesTest.bytes(PARABOLA)));

        assertThat(read.joint()).isInstanceOf(SequentialTrees.class);
        assertThat(read.jointChoice()).isEqualTo(PARABOLA.jointChoice());
        Table before = Collect.rows(PARABOLA, 3, 500, 300);
        Table after = Collect.rows(read, 3, 500, 300);
        for (int i = 0; i < 300; i++) {
            assertThat(after.rows().get(i)).containsExactly(before.rows().get(i));
        }
    }

    private static SynthesisModel withJoint(SynthesisModel model, JointModel joint) {
        return new SynthesisModel(model.schema(), model.samplers(), joint, PrivacyAccount.OFF, model.modelNames(), null, null);
    }

    private static double exclusiveOrShare(SynthesisModel model) {
        Table generated = Collect.rows(model, 5, 0, 20_000);
        return generated.rows().stream()
                .filter(row -> row[2].equals(row[0].equals(row[1]) ? "same" : "different")).count() / 20_000.0;
    }

    private static double meanWhere(double[][] pairs, java.util.function.DoublePredicate onX) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < pairs[0].length; i++) {
            if (onX.test(pairs[0][i])) {
                sum += pairs[1][i];
                count++;
            }
        }
        return sum / count;
    }

    static Table parabola(int rows) {
        SplittableRandom random = new SplittableRandom(7);
        List<Object[]> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double x = random.nextGaussian();
            data.add(new Object[] {x, x * x + 0.3 * random.nextGaussian()});
        }
        return new Table(List.of("x", "y"), data);
    }

    private static Table exclusiveOr(int rows) {
        SplittableRandom random = new SplittableRandom(11);
        List<Object[]> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean a = random.nextBoolean();
            boolean b = random.nextBoolean();
            boolean same = (a == b) != (random.nextDouble() < 0.05);
            data.add(new Object[] {a ? "yes" : "no", b ? "yes" : "no", same ? "same" : "different"});
        }
        return new Table(List.of("a", "b", "c"), data);
    }
}
