package dev.synthesis.engine.dp.mst;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Turns an estimated tree distribution into a {@link TreeModel}: breadth-first from the first field, conditionals from the raked edge tables. */
final class TreeModels {

    private TreeModels() {}

    /**
     * @param positions schema positions of the fitted fields
     * @param cuts      per fitted field, its coarse bins' CDF edges in its sampler
     */
    static TreeModel of(int[] positions, TreeFit fit, double[][] cuts) {
        int d = positions.length;
        List<Integer> order = new ArrayList<>();
        int[] parentOf = new int[d];
        Arrays.fill(parentOf, -2);
        parentOf[0] = -1;
        Deque<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            int node = queue.poll();
            order.add(node);
            for (SpanningTree.Edge edge : fit.edges()) {
                int other = edge.a() == node ? edge.b() : edge.b() == node ? edge.a() : -1;
                if (other >= 0 && parentOf[other] == -2) {
                    parentOf[other] = node;
                    queue.add(other);
                }
            }
        }
        int[] fields = new int[d];
        int[] parents = new int[d];
        double[][] orderedCuts = new double[d][];
        double[][][] cumulative = new double[d][][];
        for (int i = 0; i < d; i++) {
            int node = order.get(i);
            fields[i] = positions[node];
            parents[i] = parentOf[node] < 0 ? -1 : order.indexOf(parentOf[node]);
            orderedCuts[i] = cuts[node];
            cumulative[i] = parentOf[node] < 0 ? new double[][] {cumulate(fit.estimate().marginals()[node])}
                    : conditional(fit, parentOf[node], node);
        }
        return new TreeModel(fields, parents, orderedCuts, cumulative);
    }

    /** P(child bin | parent bin) as cumulative rows, from the edge's joint table; the child's marginal where a parent bin has no mass. */
    private static double[][] conditional(TreeFit fit, int parent, int child) {
        int e = 0;
        while (!(fit.edges().get(e).a() == parent && fit.edges().get(e).b() == child)
                && !(fit.edges().get(e).a() == child && fit.edges().get(e).b() == parent)) {
            e++;
        }
        boolean parentFirst = fit.edges().get(e).a() == parent;
        double[][] joint = fit.estimate().joints()[e];
        int parentBins = fit.coarse()[parent].count();
        int childBins = fit.coarse()[child].count();
        double[][] rows = new double[parentBins][];
        for (int p = 0; p < parentBins; p++) {
            double[] row = new double[childBins];
            double total = 0;
            for (int c = 0; c < childBins; c++) {
                row[c] = parentFirst ? joint[p][c] : joint[c][p];
                total += row[c];
            }
            rows[p] = cumulate(total > 0 ? row : fit.estimate().marginals()[child]);
        }
        return rows;
    }

    private static double[] cumulate(double[] weights) {
        double[] normalised = TreeEstimator.normalised(weights);
        double[] cumulative = new double[normalised.length];
        double running = 0;
        for (int i = 0; i < normalised.length; i++) {
            running += normalised[i];
            cumulative[i] = running;
        }
        cumulative[cumulative.length - 1] = 1;
        return cumulative;
    }
}
