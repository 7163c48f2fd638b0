package dev.synthesis.engine.evaluate.quality;

/**
 * SDMetrics TVComplement for categorical and boolean columns: 1 − TVD, where the total variation
 * distance TVD = ½ Σ |p_real(c) − p_syn(c)| over all categories c of the present values.
 */
public final class TVComplement {

    private TVComplement() {
    }

    public static double score(int[] realCodes, int[] syntheticCodes, int categoryCount) {
        double[] real = Frequencies.of(realCodes, categoryCount);
        double[] synthetic = Frequencies.of(syntheticCodes, categoryCount);
        return 1 - Frequencies.totalVariation(real, synthetic);
    }
}
