package dev.synthesis.engine.dp.mst;

import java.util.List;

/**
 * Post-processing that turns MST's noisy measurements into one tree-structured distribution. The
 * paper fits a graphical model with Private-PGM (McKenna, Sheldon and Miklau, ICML 2019); on a tree
 * the maximum-likelihood fit is the product of its edge tables over its node marginals, so a direct
 * estimate suffices here and needs no iterative solver:
 * <ol>
 *   <li>each node's marginal is the inverse-variance weighted mean of its own noisy 1-way (summed
 *       over the fine bins of each coarse bin) and the row or column sums of its edges' noisy
 *       2-way tables, then projected onto the simplex ({@link Simplex}, which removes noise mass
 *       in empty cells);</li>
 *   <li>each edge table is projected onto the simplex and raked to its two node marginals by
 *       iterative proportional fitting (Deming and Stephan 1940), so parents and children agree.</li>
 * </ol>
 */
final class TreeEstimator {

    static final int RAKING_ROUNDS = 100;
    /** Mass every cell gets before raking, relative to a uniform table, so a row IPF must fill is never all zero. */
    static final double FLOOR = 1e-6;

    /** @param marginals per node, its distribution over coarse bins; @param joints per edge, its joint table [a][b] */
    record Estimate(double[][] marginals, double[][][] joints) {}

    /**
     * @param oneWay     per node, its noisy 1-way summed per coarse bin
     * @param oneWayVar  per node and coarse bin, the variance of that sum
     * @param edges      the tree
     * @param twoWay     per edge, its noisy table (a's bins × b's bins, row-major)
     * @param twoWaySigma per edge, the σ of each cell's noise
     */
    static Estimate estimate(double[][] oneWay, double[][] oneWayVar, List<SpanningTree.Edge> edges, long[][] twoWay,
                             double[] twoWaySigma, double rows) {
        int d = oneWay.length;
        double[][] weighted = new double[d][];
        double[][] weights = new double[d][];
        for (int f = 0; f < d; f++) {
            weighted[f] = new double[oneWay[f].length];
            weights[f] = new double[oneWay[f].length];
            for (int c = 0; c < oneWay[f].length; c++) {
                add(weighted[f], weights[f], c, oneWay[f][c], oneWayVar[f][c]);
            }
        }
        for (int e = 0; e < edges.size(); e++) {
            int a = edges.get(e).a();
            int b = edges.get(e).b();
            int ka = oneWay[a].length;
            int kb = oneWay[b].length;
            double variance = twoWaySigma[e] * twoWaySigma[e];
            for (int i = 0; i < ka; i++) {
                double sum = 0;
                for (int j = 0; j < kb; j++) {
                    sum += twoWay[e][i * kb + j];
                }
                add(weighted[a], weights[a], i, sum, kb * variance);
            }
            for (int j = 0; j < kb; j++) {
                double sum = 0;
                for (int i = 0; i < ka; i++) {
                    sum += twoWay[e][i * kb + j];
                }
                add(weighted[b], weights[b], j, sum, ka * variance);
            }
        }
        double[][] marginals = new double[d][];
        for (int f = 0; f < d; f++) {
            double[] mean = new double[weighted[f].length];
            for (int c = 0; c < mean.length; c++) {
                mean[c] = weighted[f][c] / weights[f][c];
            }
            marginals[f] = normalised(Simplex.project(mean, rows));
        }
        double[][][] joints = new double[edges.size()][][];
        for (int e = 0; e < edges.size(); e++) {
            SpanningTree.Edge edge = edges.get(e);
            joints[e] = rake(twoWay[e], marginals[edge.a()], marginals[edge.b()], rows);
        }
        return new Estimate(marginals, joints);
    }

    private static void add(double[] weighted, double[] weights, int cell, double value, double variance) {
        weighted[cell] += value / variance;
        weights[cell] += 1 / variance;
    }

    /** The noisy table projected onto the simplex, then raked so its row sums are p and its column sums q. */
    static double[][] rake(long[] noisy, double[] p, double[] q, double rows) {
        double[] flat = new double[noisy.length];
        for (int i = 0; i < noisy.length; i++) {
            flat[i] = noisy[i];
        }
        double[] projected = normalised(Simplex.project(flat, rows));
        double[][] table = new double[p.length][q.length];
        double floor = FLOOR / noisy.length;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q.length; j++) {
                table[i][j] = projected[i * q.length + j] + floor;
            }
        }
        for (int round = 0; round < RAKING_ROUNDS; round++) {
            scaleRows(table, p);
            scaleColumns(table, q);
        }
        return table;
    }

    private static void scaleRows(double[][] table, double[] p) {
        for (int i = 0; i < table.length; i++) {
            double sum = 0;
            for (double cell : table[i]) {
                sum += cell;
            }
            for (int j = 0; j < table[i].length; j++) {
                table[i][j] = sum > 0 ? table[i][j] * p[i] / sum : 0;
            }
        }
    }

    private static void scaleColumns(double[][] table, double[] q) {
        for (int j = 0; j < q.length; j++) {
            double sum = 0;
            for (double[] row : table) {
                sum += row[j];
            }
            for (double[] row : table) {
                row[j] = sum > 0 ? row[j] * q[j] / sum : 0;
            }
        }
    }

    static double[] normalised(double[] counts) {
        double total = 0;
        for (double count : counts) {
            total += count;
        }
        double[] result = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            result[i] = total > 0 ? counts[i] / total : 1.0 / counts.length;
        }
        return result;
    }
}
