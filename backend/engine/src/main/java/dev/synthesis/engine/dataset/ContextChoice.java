package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Picks the parent fields a child table is conditioned on: numeric and temporal parent fields (keys and
 * foreign keys excepted), ranked by their strongest absolute Pearson correlation with a numeric or
 * temporal child field over the joined seed rows; at most {@value #MAX_CONTEXT}, since every context
 * field adds a dimension to the child's copula. Categorical parent fields are not used yet.
 */
final class ContextChoice {

    static final int MAX_CONTEXT = 3;
    private static final double NEGLIGIBLE = 0.05;

    private ContextChoice() {}

    static List<String> choose(DataSchema parent, Table parentSeed, Set<String> parentExcluded, DataSchema child, Table childSeed,
                               Set<String> childExcluded, SeedJoin join) {
        List<String> childFields = axisFields(child, childSeed, childExcluded);
        record Scored(String field, double strength) {}
        return axisFields(parent, parentSeed, parentExcluded).stream()
                .map(field -> new Scored(field, strongest(parentSeed, field, childSeed, childFields, join)))
                .filter(scored -> scored.strength() >= NEGLIGIBLE)
                .sorted(Comparator.comparingDouble(Scored::strength).reversed())
                .limit(MAX_CONTEXT).map(Scored::field).toList();
    }

    private static List<String> axisFields(DataSchema schema, Table seed, Set<String> excluded) {
        return schema.fields().stream()
                .filter(field -> field.type().isNumeric() || field.type().isTemporal())
                .filter(field -> !field.constraints().unique() && !excluded.contains(field.name()))
                .map(FieldDefinition::name).filter(seed.columns()::contains).toList();
    }

    private static double strongest(Table parentSeed, String parentField, Table childSeed, List<String> childFields, SeedJoin join) {
        int parentColumn = parentSeed.columnIndex(parentField);
        double best = 0;
        for (String childField : childFields) {
            int childColumn = childSeed.columnIndex(childField);
            double[][] pairs = new double[2][childSeed.rowCount()];
            int n = 0;
            for (int row = 0; row < childSeed.rowCount(); row++) {
                int parentRow = join.parentOfChild()[row];
                if (parentRow >= 0) {
                    double x = TypedValues.toAxis(parentSeed.rows().get(parentRow)[parentColumn]);
                    double y = TypedValues.toAxis(childSeed.rows().get(row)[childColumn]);
                    if (!Double.isNaN(x) && !Double.isNaN(y)) {
                        pairs[0][n] = x;
                        pairs[1][n++] = y;
                    }
                }
            }
            best = Math.max(best, Math.abs(pearson(pairs[0], pairs[1], n)));
        }
        return best;
    }

    static double pearson(double[] x, double[] y, int n) {
        if (n < 3) {
            return 0;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
