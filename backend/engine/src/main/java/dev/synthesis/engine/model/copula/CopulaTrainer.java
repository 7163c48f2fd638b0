package dev.synthesis.engine.model.copula;

import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.dp.Laplace;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.Normal;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Fits a {@link GaussianCopula}: each coupled value is mapped to its normal score
 * {@code Φ⁻¹(F(x))} through its field's fitted marginal (ties and categories spread uniformly over
 * their CDF interval), and the correlation of the normal scores is the copula's matrix. With
 * differential privacy the scores are clipped to ±{@value #CLIP} and each entry of the raw second
 * moment (1/n) Σ zᵢzⱼ, whose sensitivity under replacing one row is 2·CLIP²/n, gets Laplace noise
 * calibrated to the L1 sensitivity of all d(d−1)/2 entries together.
 */
public final class CopulaTrainer {

    static final double CLIP = 3;
    /** Without DP, scores are still capped so the extreme ranks (u = 0 or 1) do not dominate the correlation. */
    private static final double SCORE_LIMIT = 4;

    private CopulaTrainer() {}

    /** @param columns seed values per coupled field, aligned with {@code marginals} */
    public static GaussianCopula fit(int[] fields, List<MarginalSampler> marginals, List<List<Object>> columns,
                                     RandomGenerator random) {
        double[][] scores = scores(marginals, columns, random, SCORE_LIMIT);
        return new GaussianCopula(fields, CorrelationMatrix.factor(CorrelationMatrix.pearson(scores)));
    }

    public static Map.Entry<GaussianCopula, BudgetEntry> fitPrivately(int[] fields, List<MarginalSampler> marginals,
                                                                     List<List<Object>> columns, double epsilon,
                                                                     RandomGenerator random) {
        double[][] scores = scores(marginals, columns, random, CLIP);
        int dimension = fields.length;
        int rows = scores[0].length;
        double entries = dimension * (dimension - 1) / 2.0;
        double sensitivity = entries * 2 * CLIP * CLIP / rows;
        double[][] correlation = new double[dimension][dimension];
        for (int i = 0; i < dimension; i++) {
            correlation[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double moment = secondMoment(scores[i], scores[j]) + Laplace.noise(sensitivity, epsilon, random);
                correlation[i][j] = correlation[j][i] = Math.max(-1, Math.min(1, moment));
            }
        }
        GaussianCopula copula = new GaussianCopula(fields, CorrelationMatrix.factor(correlation));
        return Map.entry(copula, new BudgetEntry("copula", "laplace on normal-score correlations", epsilon, 0));
    }

    private static double[][] scores(List<MarginalSampler> marginals, List<List<Object>> columns, RandomGenerator random,
                                     double clip) {
        double[][] scores = new double[marginals.size()][];
        for (int field = 0; field < marginals.size(); field++) {
            List<Object> column = columns.get(field);
            MarginalSampler marginal = marginals.get(field);
            double[] fieldScores = new double[column.size()];
            for (int row = 0; row < column.size(); row++) {
                double u = marginal.cdf(column.get(row), random.nextDouble());
                fieldScores[row] = Math.max(-clip, Math.min(clip, Normal.quantile(u)));
            }
            scores[field] = fieldScores;
        }
        return scores;
    }

    private static double secondMoment(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum / a.length;
    }
}
