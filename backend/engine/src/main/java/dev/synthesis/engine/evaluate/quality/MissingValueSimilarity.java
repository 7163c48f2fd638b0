package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;

/**
 * SDMetrics MissingValueSimilarity: 1 − |p_real − p_syn|, where p is the share of missing values
 * in the column.
 */
public final class MissingValueSimilarity {

    private MissingValueSimilarity() {
    }

    public static double score(EncodedColumn real, EncodedColumn synthetic) {
        return 1 - Math.abs(missingShare(real) - missingShare(synthetic));
    }

    static double missingShare(EncodedColumn column) {
        if (column.size() == 0) {
            return 0;
        }
        long missing = 0;
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                missing++;
            }
        }
        return (double) missing / column.size();
    }
}
