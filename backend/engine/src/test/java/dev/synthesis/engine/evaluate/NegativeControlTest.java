package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.TestData;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The negative control on every public dataset: the engine, trained on the seed and generating as
 * many rows, must score clearly above a copy of the seed with every column shuffled on its own
 * (exact marginals, no dependence) on Column Pair Trends and on the overall quality score.
 *
 * <p>Margins: over six shuffle seeds the shuffled copy's pair trends moved by at most 0.025 and its
 * overall score by at most 0.045 (pima-diabetes, titanic), so the engine must lead by
 * {@value #PAIR_TRENDS_MARGIN} on pair trends and {@value #OVERALL_MARGIN} overall; the latter means
 * keeping at least a quarter of the seed's pairwise dependence above independence (0.6 · 0.25).
 */
class NegativeControlTest {

    static final double PAIR_TRENDS_MARGIN = 0.05;
    static final double OVERALL_MARGIN = 0.15;
    private static final long SEED = 7L;
    private static final int MAX_ROWS = 3_000;

    @ParameterizedTest
    @ValueSource(strings = {"abalone.csv", "credit-card-default.csv", "german-credit.csv", "hotel-bookings.csv", "mushrooms.csv",
        "pima-diabetes.csv", "student-por.csv", "titanic.csv"})
    void shuffledColumnsScoreClearlyBelowTheEnginesOutput(String dataset) {
        Scores scores = Scores.of(dataset);
        assertThat(scores.engine.quality().pairTrends())
                .isGreaterThan(scores.shuffled.quality().pairTrends() + PAIR_TRENDS_MARGIN);
        assertThat(scores.engine.qualityScore()).isGreaterThan(scores.shuffled.qualityScore() + OVERALL_MARGIN);
    }

    /**
     * Where the engine does not yet beat the control: online-retail's invoice and stock codes lose their
     * dependence (they are modelled as codes, not as the categories they partly are), and
     * daily-min-temperatures has no pair SDMetrics' pair metrics can see (date against temperature
     * is seasonal, Pearson ρ = 0.005). Mushrooms and hotel-bookings left this list when the
     * sequential trees joined the copula. When a dataset starts to pass, move it to the list above.
     */
    @ParameterizedTest
    @ValueSource(strings = {"daily-min-temperatures.csv", "online-retail.csv"})
    void knownGapsStayVisible(String dataset) {
        Scores scores = Scores.of(dataset);
        assertThat(scores.engine.qualityScore() > scores.shuffled.qualityScore() + OVERALL_MARGIN)
                .as("%s now beats the shuffled control: move it to the datasets that must", dataset).isFalse();
    }

    /** Scores of the engine's output and of the shuffled seed, both against the seed (sub-sampled to {@value #MAX_ROWS} rows). */
    private record Scores(EvaluationReport engine, EvaluationReport shuffled) {

        static Scores of(String dataset) {
            TestData.Dataset seed = TestData.profiled(sample(TestData.raw(dataset)), dataset);
            SynthesisModel model = Synthesizer.train(seed.schema(), seed.typed(), TrainingOptions.DEFAULT.withSeed(SEED));
            Table generated = Collect.rows(model, SEED, 0, seed.typed().rowCount());
            EvaluationOptions options = EvaluationOptions.defaults().withSeed(SEED);
            return new Scores(Evaluator.evaluate(seed.schema(), seed.typed(), null, generated, options),
                    Evaluator.evaluate(seed.schema(), seed.typed(), null,
                            Perturbations.shuffleColumnsIndependently(seed.typed(), SEED), options));
        }

        private static Table sample(Table table) {
            int[] rows = RowSample.indexes(table.rowCount(), MAX_ROWS, SEED);
            return new Table(table.columns(), Arrays.stream(rows).mapToObj(table.rows()::get).toList());
        }
    }
}
