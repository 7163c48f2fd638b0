package dev.synthesis.engine.dp.mst;

import java.util.ArrayList;
import java.util.List;

/**
 * MST's private choice of which pairs to measure: Kruskal's algorithm where each of the d − 1 edges is
 * picked by the exponential mechanism among the pairs that join two components. A pair's score is the
 * L1 distance between its true 2-way table (over coarse bins) and the table the noisy 1-ways predict
 * under independence; adding or removing a row changes one cell of the true table by one, so the score's
 * sensitivity is 1 (McKenna, Miklau and Sheldon 2021, section 4).
 */
final class SpanningTree {

    /** An edge between two learned fields (indices into the learned fields). */
    record Edge(int a, int b) {}

    private SpanningTree() {}

    /**
     * @param codes    per learned field, each row's coarse bin (−1 when it has none)
     * @param marginal per learned field, its estimated coarse 1-way distribution (post-processed noisy 1-way)
     * @param rows     the noisy row count the independent tables are scaled to
     */
    static List<Edge> choose(int[][] codes, double[][] marginal, double rows, double rhoPerEdge, Releases releases) {
        int d = codes.length;
        List<Edge> candidates = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                candidates.add(new Edge(a, b));
                scores.add(distanceFromIndependence(codes[a], codes[b], marginal[a], marginal[b], rows));
            }
        }
        int[] component = new int[d];
        java.util.Arrays.setAll(component, i -> i);
        List<Edge> tree = new ArrayList<>();
        while (tree.size() < d - 1) {
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (component[candidates.get(i).a()] != component[candidates.get(i).b()]) {
                    open.add(i);
                }
            }
            double[] openScores = open.stream().mapToDouble(scores::get).toArray();
            Edge chosen = candidates.get(open.get(releases.choose("tree selection", openScores, 1, rhoPerEdge)));
            tree.add(chosen);
            merge(component, component[chosen.a()], component[chosen.b()]);
        }
        return tree;
    }

    static long[] table(int[] first, int[] second, int firstBins, int secondBins) {
        long[] counts = new long[firstBins * secondBins];
        for (int row = 0; row < first.length; row++) {
            if (first[row] >= 0 && second[row] >= 0) {
                counts[first[row] * secondBins + second[row]]++;
            }
        }
        return counts;
    }

    private static double distanceFromIndependence(int[] first, int[] second, double[] p, double[] q, double rows) {
        long[] counts = table(first, second, p.length, q.length);
        double distance = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q.length; j++) {
                distance += Math.abs(counts[i * q.length + j] - rows * p[i] * q[j]);
            }
        }
        return distance;
    }

    private static void merge(int[] component, int from, int into) {
        for (int i = 0; i < component.length; i++) {
            if (component[i] == from) {
                component[i] = into;
            }
        }
    }
}
