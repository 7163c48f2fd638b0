package dev.synthesis.engine.dp.mst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.model.RowRandom;
import org.junit.jupiter.api.Test;

class TreeModelTest {

    /** Root A (2 bins), B | A (3 bins), C | B (2 bins); fields at schema positions 4, 0 and 2. */
    private static final TreeModel TREE = new TreeModel(new int[] {4, 0, 2}, new int[] {-1, 0, 1},
            new double[][] {{0, 0.3, 1}, {0, 0.2, 0.5, 1}, {0, 0.6, 1}},
            new double[][][] {
                {{0.3, 1}},
                {{0.5, 0.8, 1}, {0.1, 0.3, 1}},
                {{0.9, 1}, {0.5, 1}, {0.2, 1}}});

    @Test
    void samplingReproducesAKnownTreeDistribution() {
        // given the joint P(a, b, c) = P(a) P(b | a) P(c | b)
        double[] pa = {0.3, 0.7};
        double[][] pb = {{0.5, 0.3, 0.2}, {0.1, 0.2, 0.7}};
        double[][] pc = {{0.9, 0.1}, {0.5, 0.5}, {0.2, 0.8}};
        int rows = 200_000;
        double[][][] seen = new double[2][3][2];

        // when rows are drawn and each uniform is mapped back to its bin through the cuts
        double[] scratch = new double[3];
        double[] uniforms = new double[5];
        RowRandom random = new RowRandom();
        for (int row = 0; row < rows; row++) {
            TREE.uniforms(11, row, random, scratch, uniforms);
            seen[bin(uniforms[4], TREE.cuts()[0])][bin(uniforms[0], TREE.cuts()[1])][bin(uniforms[2], TREE.cuts()[2])]++;
        }

        // then every cell's frequency matches within four standard errors
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 3; b++) {
                for (int c = 0; c < 2; c++) {
                    double p = pa[a] * pb[a][b] * pc[b][c];
                    assertThat(seen[a][b][c] / rows).as("P(%d,%d,%d)", a, b, c)
                            .isCloseTo(p, offset(4 * Math.sqrt(p * (1 - p) / rows)));
                }
            }
        }
    }

    @Test
    void aRowDependsOnlyOnSeedAndRow() {
        double[] first = new double[5];
        double[] again = new double[5];
        TREE.uniforms(3, 1_000, new RowRandom(), new double[3], first);
        TREE.uniforms(3, 999, new RowRandom(), new double[3], new double[5]);
        TREE.uniforms(3, 1_000, new RowRandom(), new double[3], again);

        assertThat(again).containsExactly(first);
    }

    private static int bin(double u, double[] cuts) {
        int bin = 0;
        while (bin + 2 < cuts.length && u >= cuts[bin + 1]) {
            bin++;
        }
        return bin;
    }
}
