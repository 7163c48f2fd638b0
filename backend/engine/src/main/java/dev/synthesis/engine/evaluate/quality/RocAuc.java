package dev.synthesis.engine.evaluate.quality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Area under the ROC curve, one-vs-rest and macro-averaged over the classes that occur in the
 * test labels alongside other classes. Each per-class AUC is the Mann–Whitney U statistic with
 * tied scores given their mean rank; with two classes this equals the binary AUC.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /** Macro AUC, or NaN when the test labels hold a single class. */
    public static double macroOneVsRest(int[] truth, double[][] probabilities, int classCount) {
        double sum = 0;
        int scored = 0;
        for (int label = 0; label < classCount; label++) {
            double auc = oneVsRest(truth, probabilities, label);
            if (!Double.isNaN(auc)) {
                sum += auc;
                scored++;
            }
        }
        return scored == 0 ? Double.NaN : sum / scored;
    }

    static double oneVsRest(int[] truth, double[][] probabilities, int label) {
        long positives = Arrays.stream(truth).filter(value -> value == label).count();
        long negatives = truth.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double[] ranks = ranks(IntStream.range(0, truth.length).mapToDouble(row -> probabilities[row][label]).toArray());
        double positiveRankSum = 0;
        for (int row = 0; row < truth.length; row++) {
            if (truth[row] == label) {
                positiveRankSum += ranks[row];
            }
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static double[] ranks(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(index -> scores[index]));
        double[] ranks = new double[scores.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double meanRank = (start + end) / 2.0 + 1;
            for (int position = start; position <= end; position++) {
                ranks[order[position]] = meanRank;
            }
            start = end + 1;
        }
        return ranks;
    }
}
