package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearCopyPrivacyTest {

    private static final long SEED = 7L;

    @ParameterizedTest
    @ValueSource(strings = {"german-credit.csv", "abalone.csv"})
    void nearCopyOfTheTrainingRowsScoresClearlyBelowTheEngine(String dataset) {
        // given the engine trained on 80 % of a dataset, and those training rows with tiny noise on every number
        CsvFixtures data = CsvFixtures.load(dataset);
        Holdout split = Holdout.split(data.table(), 0.2, SEED);
        SynthesisModel model = Synthesizer.train(data.schema(), split.training(), TrainingOptions.DEFAULT.withSeed(SEED));
        List<Object[]> rows = new ArrayList<>();
        model.generate(SEED, 0, split.training().rowCount(), row -> rows.add(row.clone()));
        EvaluationOptions options = EvaluationOptions.defaults().withSeed(SEED);
        // when
        double engine = Evaluator.evaluate(data.schema(), split.training(), split.holdout(),
                new Table(split.training().columns(), rows), options).privacyScore();
        double nearCopy = Evaluator.evaluate(data.schema(), split.training(), split.holdout(),
                nearCopy(split.training(), SEED), options).privacyScore();
        double nearCopyWithoutHoldout = Evaluator.evaluate(data.schema(), split.training(), null,
                nearCopy(split.training(), SEED), options).privacyScore();
        // then the engine scores as private as unseen real rows, the near-copy fails, with or without a holdout
        assertThat(engine).isGreaterThan(0.85);
        assertThat(nearCopy).isLessThan(engine - 0.5);
        assertThat(nearCopyWithoutHoldout).isLessThan(engine - 0.5);
    }

    /** Each row with every number multiplied by 1 + N(0, 0.001) (integers rounded back), everything else unchanged. */
    private static Table nearCopy(Table table, long seed) {
        Random random = new Random(seed);
        List<Object[]> rows = new ArrayList<>(table.rowCount());
        for (Object[] row : table.rows()) {
            Object[] copy = row.clone();
            for (int c = 0; c < copy.length; c++) {
                if (copy[c] instanceof Long number) {
                    copy[c] = Math.round(number * (1 + 0.001 * random.nextGaussian()));
                } else if (copy[c] instanceof Double number) {
                    copy[c] = number * (1 + 0.001 * random.nextGaussian());
                }
            }
            rows.add(copy);
        }
        return new Table(table.columns(), rows);
    }
}
