package dev.synthesis.engine.evaluate.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmileIsolationForestTest {

    private static double[][] cloudWithOneFarPoint() {
        Random random = new Random(1);
        double[][] rows = new double[2_000][3];
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextGaussian();
            }
        }
        rows[0] = new double[] {9, -9, 9};
        return rows;
    }

    @Test
    void scoresAFarPointAboveEveryOrdinaryOne() {
        double[][] rows = cloudWithOneFarPoint();
        double[] scores = new SmileIsolationForest().fit(rows, 3).scores(rows);
        for (int row = 1; row < rows.length; row++) {
            assertThat(scores[0]).isGreaterThan(scores[row]);
        }
    }

    @Test
    void sameSeedGivesTheSameScores() {
        double[][] rows = cloudWithOneFarPoint();
        double[] first = new SmileIsolationForest().fit(rows, 3).scores(rows);
        double[] second = new SmileIsolationForest().fit(rows, 3).scores(rows);
        assertThat(second).containsExactly(first);
    }
}
