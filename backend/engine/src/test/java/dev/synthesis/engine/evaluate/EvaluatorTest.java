package dev.synthesis.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synthesis.engine.data.Table;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final long SEED = 7L;
    private static CsvFixtures credit;
    private static Holdout split;
    private static EvaluationOptions options;
    private static EvaluationReport realAgainstItself;

    @BeforeAll
    static void evaluateRealAgainstItself() {
        credit = CsvFixtures.load("german-credit.csv");
        split = Holdout.split(credit.table(), 0.2, SEED);
        options = EvaluationOptions.defaults().withTarget("credit_risk").withSeed(SEED);
        realAgainstItself = evaluate(split.training());
    }

    private static EvaluationReport evaluate(Table synthetic) {
        return Evaluator.evaluate(credit.schema(), split.training(), split.holdout(), synthetic, options);
    }

    @Test
    void realDataAgainstItselfScoresFullQualityAndNoPrivacy() {
        // given the training rows themselves as "synthetic" (a generator that copies)
        // then every utility metric is perfect and every privacy protection collapses
        assertThat(realAgainstItself.quality().columnShapes()).isCloseTo(1.0, within(1e-9));
        assertThat(realAgainstItself.quality().pairTrends()).isCloseTo(1.0, within(1e-9));
        assertThat(realAgainstItself.quality().efficacy().aucRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(realAgainstItself.qualityScore()).isGreaterThan(0.99);
        assertThat(realAgainstItself.privacy().identicalMatches().syntheticShare()).isEqualTo(1.0);
        assertThat(realAgainstItself.privacy().dcrShare().shareCloserToTraining()).isEqualTo(1.0);
        assertThat(realAgainstItself.privacyScore()).isLessThan(0.05);
    }

    @Test
    void unseenRealRowsScoreHighOnBothQualityAndPrivacy() {
        // given an ideal generator: fresh real rows from the same population, never trained on
        Holdout fresh = Holdout.split(credit.table(), 0.5, SEED + 1);
        Holdout trainAndTest = Holdout.split(fresh.training(), 0.4, SEED + 2);
        // when
        EvaluationReport report = Evaluator.evaluate(credit.schema(), trainAndTest.training(), trainAndTest.holdout(), fresh.holdout(), options);
        // then privacy is high: no copies beyond chance, distances like any unseen real rows
        assertThat(report.privacy().dcrShare().shareCloserToTraining()).isBetween(0.4, 0.6);
        assertThat(report.privacyScore()).isGreaterThan(0.85);
        assertThat(report.privacyScore()).isGreaterThan(realAgainstItself.privacyScore() + 0.8);
        // and quality is well above a shuffled copy's 0.3-0.4; not near 1, because 300 real rows against
        // 500 differ by sampling noise in every contingency table, which the pair trends lift counts as lost dependence
        assertThat(report.qualityScore()).isGreaterThan(0.7);
    }

    @Test
    void independentlyShuffledColumnsKeepShapesButLosePairTrendsAndScoreLower() {
        // given each column shuffled on its own
        EvaluationReport shuffled = evaluate(Perturbations.shuffleColumnsIndependently(split.training(), SEED));
        // then the marginals are exact but the dependencies and the predictive power are gone
        assertThat(shuffled.quality().columnShapes()).isCloseTo(1.0, within(1e-9));
        assertThat(shuffled.quality().pairTrends()).isLessThan(realAgainstItself.quality().pairTrends() - 0.03);
        assertThat(shuffled.quality().efficacy().syntheticAuc()).isLessThan(shuffled.quality().efficacy().realAuc() - 0.1);
        assertThat(shuffled.qualityScore()).isLessThan(0.8);
        assertThat(shuffled.qualityScore()).isLessThan(realAgainstItself.qualityScore() - 0.2);
    }

    @Test
    void noiseOnEveryValueLowersColumnShapes() {
        // given half a standard deviation of noise on numbers and a quarter of categories redrawn
        EvaluationReport noisy = evaluate(Perturbations.addNoise(split.training(), 0.5, SEED));
        // then
        assertThat(noisy.quality().columnShapes()).isLessThan(realAgainstItself.quality().columnShapes() - 0.05);
        assertThat(noisy.qualityScore()).isLessThan(realAgainstItself.qualityScore());
    }

    @Test
    void shuffledNumericColumnsLoseTheirStrongCorrelations() {
        // given abalone, whose physical measurements correlate at about 0.9
        CsvFixtures abalone = CsvFixtures.load("abalone.csv");
        Holdout parts = Holdout.split(abalone.table(), 0.2, SEED);
        EvaluationOptions ringsTarget = options.withTarget("rings");
        // when
        EvaluationReport itself = Evaluator.evaluate(abalone.schema(), parts.training(), parts.holdout(), parts.training(), ringsTarget);
        EvaluationReport shuffled = Evaluator.evaluate(abalone.schema(), parts.training(), parts.holdout(),
                Perturbations.shuffleColumnsIndependently(parts.training(), SEED), ringsTarget);
        // then
        assertThat(itself.quality().pairTrends()).isCloseTo(1.0, within(1e-9));
        assertThat(shuffled.quality().columnShapes()).isCloseTo(1.0, within(1e-9));
        assertThat(shuffled.quality().pairTrends()).isLessThan(0.75);
        assertThat(shuffled.qualityScore()).isLessThan(itself.qualityScore() - 0.3);
    }

    @Test
    void anEmptyHoldoutCountsAsNone() {
        Table emptyHoldout = new Table(split.holdout().columns(), List.of());
        EvaluationReport report = Evaluator.evaluate(credit.schema(), split.training(), emptyHoldout, split.training(), options);
        assertThat(report.privacy().dcrShare()).isNull();
        assertThat(report.quality().efficacyNote()).contains("no held-out");
        assertThat(report.privacyScore()).isLessThan(0.05);
    }

    @Test
    void rejectsAnEmptySyntheticTable() {
        Table empty = new Table(split.training().columns(), List.of());
        assertThatThrownBy(() -> Evaluator.evaluate(credit.schema(), split.training(), split.holdout(), empty, options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need rows");
    }
}
