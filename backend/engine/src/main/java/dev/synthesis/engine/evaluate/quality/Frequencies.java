package dev.synthesis.engine.evaluate.quality;

/** Relative frequencies of codes and the total variation distance between two of them. */
public final class Frequencies {

    private Frequencies() {
    }

    /** Share of each code among the present (non-negative) codes; all zero when none is present. */
    public static double[] of(int[] codes, int codeCount) {
        double[] shares = new double[codeCount];
        int present = 0;
        for (int code : codes) {
            if (code >= 0) {
                shares[code]++;
                present++;
            }
        }
        for (int code = 0; present > 0 && code < codeCount; code++) {
            shares[code] /= present;
        }
        return shares;
    }

    public static double totalVariation(double[] p, double[] q) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += Math.abs(p[i] - q[i]);
        }
        return sum / 2;
    }
}
