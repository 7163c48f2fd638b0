package dev.synthesis.engine.model.tree;

import java.util.Arrays;

/** The growing arrays of one tree while {@link TreeGrower} builds it; see {@link ConditionalTree} for the layout. */
final class FlatNodes {

    private int[] feature;
    private double[] threshold;
    private int[] children;
    private int size;
    private int[] leafStart = new int[8];
    private double[] quantiles = new double[64];
    private int leaves;

    FlatNodes(int expected) {
        feature = new int[expected];
        threshold = new double[expected];
        children = new int[2 * expected];
    }

    int internal(int field, double cut) {
        if (size == feature.length) {
            int capacity = Math.max(4, 2 * size);
            feature = Arrays.copyOf(feature, capacity);
            threshold = Arrays.copyOf(threshold, capacity);
            children = Arrays.copyOf(children, 2 * capacity);
        }
        feature[size] = field;
        threshold[size] = cut;
        return size++;
    }

    void children(int node, int atOrBelow, int above) {
        children[2 * node] = atOrBelow;
        children[2 * node + 1] = above;
    }

    /** Adds a leaf and returns its reference, −index − 1. */
    int leaf(double[] leafQuantiles) {
        if (leaves + 2 > leafStart.length) {
            leafStart = Arrays.copyOf(leafStart, 2 * leafStart.length);
        }
        int start = leafStart[leaves];
        if (start + leafQuantiles.length > quantiles.length) {
            quantiles = Arrays.copyOf(quantiles, Math.max(2 * quantiles.length, start + leafQuantiles.length));
        }
        System.arraycopy(leafQuantiles, 0, quantiles, start, leafQuantiles.length);
        leafStart[++leaves] = start + leafQuantiles.length;
        return -leaves;
    }

    ConditionalTree toTree(int field) {
        return new ConditionalTree(field, Arrays.copyOf(feature, size), Arrays.copyOf(threshold, size),
                Arrays.copyOf(children, 2 * size), Arrays.copyOf(leafStart, leaves + 1),
                Arrays.copyOf(quantiles, leafStart[leaves]));
    }
}
