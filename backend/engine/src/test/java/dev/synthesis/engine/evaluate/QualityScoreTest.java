package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.quality.QualityScores;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityScoreTest {

    private static final long SEED = 7L;

    @Test
    void goodSynthesizerOutscoresShuffledColumnsByFarMoreThanANaiveAverageDoes() {
        // given abalone, the engine's copula synthesizer trained on 80 % of it, and the same rows with columns shuffled independently
        CsvFixtures abalone = CsvFixtures.load("abalone.csv");
        Holdout split = Holdout.split(abalone.table(), 0.2, SEED);
        SynthesisModel model = Synthesizer.train(abalone.schema(), split.training(), TrainingOptions.DEFAULT.withSeed(SEED));
        List<Object[]> rows = new ArrayList<>();
        model.generate(SEED, 0, split.training().rowCount(), row -> rows.add(row.clone()));
        EvaluationOptions options = EvaluationOptions.defaults().withTarget("rings").withSeed(SEED);
        // when
        EvaluationReport good = Evaluator.evaluate(abalone.schema(), split.training(), split.holdout(),
                new Table(split.training().columns(), rows), options);
        EvaluationReport shuffled = Evaluator.evaluate(abalone.schema(), split.training(), split.holdout(),
                Perturbations.shuffleColumnsIndependently(split.training(), SEED), options);
        // then the shuffled table has the better column shapes, and a plain shapes/pairs average barely separates them
        assertThat(shuffled.quality().columnShapes()).isGreaterThan(good.quality().columnShapes());
        double naiveGap = naiveAverage(good.quality()) - naiveAverage(shuffled.quality());
        double gap = good.qualityScore() - shuffled.qualityScore();
        assertThat(good.qualityScore()).isGreaterThan(0.85);
        assertThat(gap).isGreaterThan(0.25).isGreaterThan(2 * naiveGap);
    }

    @Test
    void faithfulOutputOfATableWithoutDependenceIsNotPunishedForTheDependenceItCannotKeep() {
        // given a table whose columns are independent, and fresh rows from the same distribution
        DataSchema schema = new DataSchema("independent", null, null, List.of(FieldDefinition.of("amount", FieldType.INTEGER),
                FieldDefinition.of("tier", FieldType.STRING)), null, null);
        // when
        EvaluationReport report = Evaluator.evaluate(schema, independentRows(1), null, independentRows(2),
                EvaluationOptions.defaults().withSeed(SEED));
        // then no pair counts, so the score is the column shapes, not the noise of independent pairs
        assertThat(report.quality().pairsCounted()).isZero();
        assertThat(report.qualityScore()).isEqualTo(report.quality().columnShapes()).isGreaterThan(0.9);
    }

    private static Table independentRows(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new Object[] {(long) random.nextInt(1_000), random.nextBoolean() ? "gold" : "silver"});
        }
        return new Table(List.of("amount", "tier"), rows);
    }

    private static double naiveAverage(QualityScores quality) {
        return (quality.columnShapes() + quality.pairTrends()) / 2;
    }
}
