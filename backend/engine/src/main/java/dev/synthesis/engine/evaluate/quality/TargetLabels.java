package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;

/**
 * Class labels of the efficacy target: a categorical target's codes, or for a numeric target its
 * tercile (0, 1, 2) by the real training data's 1/3 and 2/3 quantiles, so one classification
 * metric serves both. Missing targets are label -1 and such rows are left out.
 */
final class TargetLabels {

    private final double lowerCut;
    private final double upperCut;
    private final int classCount;

    TargetLabels(EncodedColumn realTarget) {
        if (realTarget.isNumeric()) {
            double[] sorted = NumericValues.of(realTarget.numbers()).sorted();
            lowerCut = sorted.length == 0 ? 0 : sorted[sorted.length / 3];
            upperCut = sorted.length == 0 ? 0 : sorted[2 * sorted.length / 3];
            classCount = 3;
        } else {
            lowerCut = 0;
            upperCut = 0;
            classCount = -1;
        }
    }

    int classCount(EncodedColumn anyTarget) {
        return classCount > 0 ? classCount : anyTarget.dictionary().size();
    }

    int label(EncodedColumn target, int row) {
        if (!target.isNumeric()) {
            return target.codes()[row];
        }
        double value = target.numbers()[row];
        if (Double.isNaN(value)) {
            return -1;
        }
        return value <= lowerCut ? 0 : value <= upperCut ? 1 : 2;
    }
}
