package dev.synthesis.engine.evaluate.quality;

/** Pearson's product-moment correlation over the rows where both values are present. */
public final class PearsonCorrelation {

    private PearsonCorrelation() {
    }

    /** The correlation, or NaN when fewer than two rows are complete or a column is constant. */
    public static double of(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        return centred(x, y, sx / n, sy / n);
    }

    private static double centred(double[] x, double[] y, double meanX, double meanY) {
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - meanX;
                double dy = y[i] - meanY;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
