package dev.synthesis.engine.evaluate.quality;

/**
 * Macro-averaged F1: the unweighted mean over classes of 2·precision·recall / (precision + recall),
 * taken over every class that occurs in the truth or the predictions (a class never predicted
 * scores 0).
 */
public final class MacroF1 {

    private MacroF1() {
    }

    public static double of(int[] truth, int[] predicted, int classCount) {
        long[] truePositives = new long[classCount];
        long[] actual = new long[classCount];
        long[] guessed = new long[classCount];
        for (int row = 0; row < truth.length; row++) {
            actual[truth[row]]++;
            guessed[predicted[row]]++;
            if (truth[row] == predicted[row]) {
                truePositives[truth[row]]++;
            }
        }
        double sum = 0;
        int classes = 0;
        for (int label = 0; label < classCount; label++) {
            if (actual[label] + guessed[label] > 0) {
                sum += 2.0 * truePositives[label] / (actual[label] + guessed[label]);
                classes++;
            }
        }
        return classes == 0 ? Double.NaN : sum / classes;
    }
}
