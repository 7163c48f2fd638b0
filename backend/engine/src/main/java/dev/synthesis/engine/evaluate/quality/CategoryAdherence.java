package dev.synthesis.engine.evaluate.quality;

/**
 * SDMetrics CategoryAdherence for categorical and boolean columns: the share of present synthetic
 * values that are categories of the real column.
 */
public final class CategoryAdherence {

    private CategoryAdherence() {
    }

    /** Codes below {@code realCategoryCount} are real categories (see the shared dictionary). */
    public static double score(int[] syntheticCodes, int realCategoryCount) {
        long present = 0;
        long real = 0;
        for (int code : syntheticCodes) {
            if (code >= 0) {
                present++;
                if (code < realCategoryCount) {
                    real++;
                }
            }
        }
        return present == 0 ? 1 : (double) real / present;
    }
}
