package dev.synthesis.engine.model;

/**
 * The standard normal distribution's CDF and quantile function.
 *
 * <p>The CDF uses the complementary error function of W. J. Cody's rational approximations as given
 * in Numerical Recipes (3rd ed., {@code erfc} via Chebyshev fit, relative error below 1.2e-7); the
 * quantile uses P. J. Acklam's algorithm (relative error below 1.15e-9) with one Newton step.
 */
public final class Normal {

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double LOW = 0.02425;
    private static final double TABLE_LIMIT = 8;
    private static final int TABLE_STEPS_PER_UNIT = 512;
    private static final double[] CDF_TABLE = cdfTable();

    private Normal() {}

    public static double cdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /**
     * The CDF by linear interpolation in a table with step 1/512 on [-8, 8] (interpolation error below
     * 1.2e-7, the same order as {@link #cdf}); generation calls it once per coupled field and row.
     */
    public static double fastCdf(double x) {
        if (x <= -TABLE_LIMIT) {
            return 0;
        }
        if (x >= TABLE_LIMIT) {
            return 1;
        }
        double position = (x + TABLE_LIMIT) * TABLE_STEPS_PER_UNIT;
        int index = (int) position;
        double fraction = position - index;
        return CDF_TABLE[index] + fraction * (CDF_TABLE[index + 1] - CDF_TABLE[index]);
    }

    private static double[] cdfTable() {
        int size = (int) (2 * TABLE_LIMIT * TABLE_STEPS_PER_UNIT) + 2;
        double[] table = new double[size];
        for (int i = 0; i < size; i++) {
            table[i] = cdf(-TABLE_LIMIT + (double) i / TABLE_STEPS_PER_UNIT);
        }
        return table;
    }

    /** The x with cdf(x) = p; p is clamped into (0, 1) so callers never get infinities. */
    public static double quantile(double p) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        double x = acklam(q);
        double error = cdf(x) - q;
        double u = error * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }

    private static double acklam(double p) {
        if (p < LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return tail(q);
        }
        if (p > 1 - LOW) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -tail(q);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static double tail(double q) {
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
