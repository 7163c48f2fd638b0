package dev.synthesis.engine.dp;

import java.util.random.RandomGenerator;

/**
 * The Laplace mechanism (Dwork, McSherry, Nissim and Smith, "Calibrating noise to sensitivity in
 * private data analysis", TCC 2006): adding Laplace(sensitivity / epsilon) noise to a query whose
 * L1 sensitivity is {@code sensitivity} makes its answer epsilon-differentially private.
 */
public final class Laplace {

    private Laplace() {}

    public static double noise(double sensitivity, double epsilon, RandomGenerator random) {
        double scale = sensitivity / epsilon;
        double u = random.nextDouble() - 0.5;
        return -scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }

    /**
     * The smallest noisy count a category must reach to be released when the set of categories is not
     * public (stability-based histogram, Korolova et al. WWW 2009): a category present in one record
     * only passes with probability at most {@code delta}.
     */
    public static double releaseThreshold(double sensitivity, double epsilon, double delta) {
        return 1 + (sensitivity / epsilon) * Math.log(1 / (2 * delta));
    }
}
