package dev.synthesis.engine.evaluate.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    @Test
    void aucIsOneForAPerfectRankingAndHalfForTies() {
        int[] truth = {0, 0, 1, 1};
        double[][] perfect = {{0.9, 0.1}, {0.8, 0.2}, {0.3, 0.7}, {0.1, 0.9}};
        double[][] constant = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}};
        assertThat(RocAuc.macroOneVsRest(truth, perfect, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(RocAuc.macroOneVsRest(truth, constant, 2)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aucCountsMisorderedPairs() {
        // positives scored 0.4 and 0.8, negatives 0.2 and 0.6: 3 of 4 pairs ordered
        int[] truth = {1, 0, 1, 0};
        double[][] scores = {{0.6, 0.4}, {0.8, 0.2}, {0.2, 0.8}, {0.4, 0.6}};
        assertThat(RocAuc.macroOneVsRest(truth, scores, 2)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void macroF1AveragesClassesEqually() {
        int[] truth = {0, 0, 0, 1};
        int[] predicted = {0, 0, 0, 0};
        // class 0: precision 3/4, recall 1 -> F1 6/7; class 1: F1 0
        assertThat(MacroF1.of(truth, predicted, 2)).isCloseTo(3.0 / 7, within(1e-12));
    }
}
