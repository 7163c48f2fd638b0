package dev.synthesis.engine.model.copula;

import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.Normal;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.model.categorical.CategoricalSampler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Orders a nominal field's categories before the copula is fitted. A Gaussian copula couples fields
 * monotonically, so a category order unrelated to the other fields (e.g. by frequency: male, infant,
 * female) hides a strong but non-monotone dependence. Sorting categories by the mean normal score of
 * the numeric fields in their rows makes that dependence as monotone as it can be: a one-dimensional
 * summary of "where this category sits" in the rest of the table.
 */
public final class CategoryOrder {

    private CategoryOrder() {}

    /** The samplers with every nominal categorical reordered; others unchanged. */
    public static List<MarginalSampler> byNumericScore(List<MarginalSampler> marginals, List<List<Object>> columns,
                                                       RandomGenerator random) {
        double[] rowScore = meanNumericScore(marginals, columns, random);
        if (rowScore == null) {
            return marginals;
        }
        List<MarginalSampler> ordered = new ArrayList<>(marginals);
        for (int field = 0; field < marginals.size(); field++) {
            MarginalSampler marginal = marginals.get(field);
            if (marginal.present() instanceof CategoricalSampler categorical && !categorical.type().isNumeric()
                    && !categorical.type().isTemporal()) {
                ordered.set(field, marginal.withPresent(categorical.reorder(order(categorical, columns.get(field), rowScore))));
            }
        }
        return ordered;
    }

    private static double[] meanNumericScore(List<MarginalSampler> marginals, List<List<Object>> columns,
                                             RandomGenerator random) {
        int rows = columns.getFirst().size();
        double[] sum = new double[rows];
        int numeric = 0;
        for (int field = 0; field < marginals.size(); field++) {
            if (marginals.get(field).present() instanceof CategoricalSampler) {
                continue;
            }
            numeric++;
            for (int row = 0; row < rows; row++) {
                sum[row] += Normal.quantile(marginals.get(field).cdf(columns.get(field).get(row), random.nextDouble()));
            }
        }
        return numeric == 0 ? null : sum;
    }

    private static List<String> order(CategoricalSampler categorical, List<Object> column, double[] rowScore) {
        Map<String, double[]> totals = new HashMap<>();
        for (int row = 0; row < column.size(); row++) {
            String category = TypedValues.toText(column.get(row));
            if (category != null) {
                double[] total = totals.computeIfAbsent(category, key -> new double[2]);
                total[0] += rowScore[row];
                total[1]++;
            }
        }
        List<String> categories = new ArrayList<>(categorical.categories());
        categories.sort(Comparator.comparingDouble(category -> {
            double[] total = totals.get(category);
            return total == null ? 0 : total[0] / total[1];
        }));
        return categories;
    }
}
