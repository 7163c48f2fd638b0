package dev.synthesis.engine.evaluate.quality;

/**
 * SDMetrics CategoryCoverage for categorical and boolean columns: the share of the real column's
 * categories that appear at least once in the synthetic column.
 */
public final class CategoryCoverage {

    private CategoryCoverage() {
    }

    public static double score(int[] syntheticCodes, int realCategoryCount) {
        if (realCategoryCount == 0) {
            return 1;
        }
        boolean[] seen = new boolean[realCategoryCount];
        int covered = 0;
        for (int code : syntheticCodes) {
            if (code >= 0 && code < realCategoryCount && !seen[code]) {
                seen[code] = true;
                covered++;
            }
        }
        return (double) covered / realCategoryCount;
    }
}
