package dev.synthesis.engine.model.copula;

import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.Normal;
import dev.synthesis.engine.model.categorical.CategoricalSampler;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fits a {@link GaussianCopula}: each coupled value is mapped to its normal score
 * {@code Φ⁻¹(F(x))} through its field's fitted marginal (ties and categories spread uniformly over
 * their CDF interval), and the correlation of the normal scores is the copula's matrix. Training
 * under differential privacy does not use it (see {@code dp.mst}).
 */
public final class CopulaTrainer {

    /** Scores are still capped so the extreme ranks (u = 0 or 1) do not dominate the correlation. */
    private static final double SCORE_LIMIT = 4;
    private static final double MAX_CORRELATION = 0.999;

    private CopulaTrainer() {}

    /**
     * Categories are scored at their interval's conditional normal mean E[Z | category] instead of a
     * jittered point, and the correlations they enter are divided by the scores' standard deviation:
     * corr(X, E[Z|category]) = rho * sd(E[Z|category]), the ad hoc polyserial estimator of Olsson,
     * Drasgow and Dorans (Psychometrika, 1982). Jittering instead would attenuate every correlation
     * with a category towards zero.
     *
     * @param columns seed values per coupled field, aligned with {@code marginals}
     */
    public static GaussianCopula fit(int[] fields, List<MarginalSampler> marginals, List<List<Object>> columns,
                                     RandomGenerator random) {
        double[][] scores = new double[marginals.size()][];
        double[] spread = new double[marginals.size()];
        for (int field = 0; field < marginals.size(); field++) {
            boolean discrete = marginals.get(field).present() instanceof CategoricalSampler;
            scores[field] = discrete ? intervalMeans(marginals.get(field), columns.get(field), random)
                    : scores(marginals.get(field), columns.get(field), random, SCORE_LIMIT);
            spread[field] = discrete ? rootMeanSquare(scores[field]) : 1;
        }
        double[][] correlation = CorrelationMatrix.pearson(scores);
        for (int i = 0; i < correlation.length; i++) {
            for (int j = 0; j < correlation.length; j++) {
                if (i != j) {
                    correlation[i][j] = Math.max(-MAX_CORRELATION, Math.min(MAX_CORRELATION,
                            correlation[i][j] / (spread[i] * spread[j])));
                }
            }
        }
        return new GaussianCopula(fields, CorrelationMatrix.factor(correlation));
    }

    private static double[] intervalMeans(MarginalSampler marginal, List<Object> column, RandomGenerator random) {
        double[] scores = new double[column.size()];
        for (int row = 0; row < column.size(); row++) {
            Object value = column.get(row);
            double low = marginal.cdf(value, 0);
            double high = marginal.cdf(value, 1);
            scores[row] = high - low < 1e-12 ? Normal.quantile(random.nextDouble())
                    : (density(Normal.quantile(low)) - density(Normal.quantile(high))) / (high - low);
        }
        return scores;
    }

    private static double density(double z) {
        return Math.abs(z) > 8 ? 0 : Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    private static double rootMeanSquare(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return Math.max(1e-6, Math.sqrt(sum / values.length));
    }

    /** Normal scores through the randomised probability integral transform, clipped to ±clip. */
    private static double[] scores(MarginalSampler marginal, List<Object> column, RandomGenerator random, double clip) {
        double[] scores = new double[column.size()];
        for (int row = 0; row < column.size(); row++) {
            double u = marginal.cdf(column.get(row), random.nextDouble());
            scores[row] = Math.max(-clip, Math.min(clip, Normal.quantile(u)));
        }
        return scores;
    }
}
