package dev.synthesis.engine.evaluate.quality;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How dependent two bucketed real columns are, from their normalised contingency table p(a, b)
 * with marginals p(a), p(b) over the buckets that occur.
 *
 * <p>{@code cramersV}: Cramér's V without continuity correction, √(χ² / (n · (min(r, c) − 1))),
 * as {@code scipy.stats.contingency.association(method='cramer')} gives SDMetrics 0.29.0's
 * association threshold; χ² / n = Σ p(a, b)² / (p(a) p(b)) − 1 over the occurring cells. NaN when
 * either column has a single bucket (SDMetrics leaves such a pair out).
 *
 * <p>{@code independentScore}: the ContingencySimilarity a table with the real marginals and no
 * dependence would get, 1 − ½ Σ_(a,b) |p(a, b) − p(a) p(b)|; the cells that do not occur add
 * their p(a) p(b), which is 1 minus the product mass of the occurring cells.
 */
record ContingencyDependence(double cramersV, double independentScore) {

    static ContingencyDependence of(int[] a, int[] b, int bucketsA, int bucketsB) {
        double[] marginalA = marginal(a, bucketsA);
        double[] marginalB = marginal(b, bucketsB);
        double chiSquarePerRow = -1;
        double deviation = 0;
        double occurringProductMass = 0;
        for (Map.Entry<Long, Double> cell : cells(a, b, bucketsA, bucketsB).entrySet()) {
            double product = marginalA[(int) (cell.getKey() / bucketsB)] * marginalB[(int) (cell.getKey() % bucketsB)];
            chiSquarePerRow += cell.getValue() * cell.getValue() / product;
            deviation += Math.abs(cell.getValue() - product);
            occurringProductMass += product;
        }
        int smallerSide = Math.min(occurring(marginalA), occurring(marginalB));
        double cramersV = smallerSide < 2 ? Double.NaN : Math.sqrt(Math.max(0, chiSquarePerRow) / (smallerSide - 1));
        return new ContingencyDependence(cramersV, 1 - (deviation + Math.max(0, 1 - occurringProductMass)) / 2);
    }

    private static Map<Long, Double> cells(int[] a, int[] b, int bucketsA, int bucketsB) {
        if ((long) bucketsA * bucketsB > ContingencySimilarity.DENSE_LIMIT) {
            return ContingencySimilarity.sparse(a, b, bucketsB);
        }
        double[] dense = ContingencySimilarity.dense(a, b, bucketsB, bucketsA * bucketsB);
        Map<Long, Double> occurring = new HashMap<>();
        for (int cell = 0; cell < dense.length; cell++) {
            if (dense[cell] > 0) {
                occurring.put((long) cell, dense[cell]);
            }
        }
        return occurring;
    }

    private static double[] marginal(int[] buckets, int count) {
        double[] shares = new double[count];
        for (int bucket : buckets) {
            shares[bucket] += 1d / buckets.length;
        }
        return shares;
    }

    private static int occurring(double[] marginal) {
        return (int) Arrays.stream(marginal).filter(share -> share > 0).count();
    }
}
