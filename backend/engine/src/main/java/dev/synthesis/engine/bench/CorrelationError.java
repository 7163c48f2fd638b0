package dev.synthesis.engine.bench;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.SynthesisModel;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.DataSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Mean absolute difference between the seed's and the synthetic table's pairwise Pearson
 * correlations over numeric and date columns (the "correlation similarity" of SDMetrics, as an error).
 */
final class CorrelationError {

    private static final int SYNTHETIC_ROWS = 20_000;

    private CorrelationError() {}

    static double of(DataSchema schema, Table seed, SynthesisModel model) {
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < schema.fields().size(); i++) {
            if (schema.fields().get(i).type().isNumeric() || schema.fields().get(i).type().isTemporal()) {
                numeric.add(i);
            }
        }
        List<Object[]> synthetic = new ArrayList<>();
        model.generate(7, 0, SYNTHETIC_ROWS, row -> synthetic.add(row.clone()));
        double total = 0;
        int pairs = 0;
        for (int a = 0; a < numeric.size(); a++) {
            for (int b = 0; b < a; b++) {
                double real = pearson(seed.rows(), numeric.get(a), numeric.get(b));
                double fake = pearson(synthetic, numeric.get(a), numeric.get(b));
                if (Double.isFinite(real) && Double.isFinite(fake)) {
                    total += Math.abs(real - fake);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : total / pairs;
    }

    private static double pearson(List<Object[]> rows, int first, int second) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (Object[] row : rows) {
            double x = TypedValues.toAxis(row[first]);
            double y = TypedValues.toAxis(row[second]);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                n++;
                sx += x;
                sy += y;
                sxx += x * x;
                syy += y * y;
                sxy += x * y;
            }
        }
        double covariance = sxy / n - (sx / n) * (sy / n);
        return covariance / Math.sqrt((sxx / n - (sx / n) * (sx / n)) * (syy / n - (sy / n) * (sy / n)));
    }
}
