package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.List;

/**
 * Features for the efficacy classifier: numeric columns as values with missing ones replaced by
 * the real training median, categorical columns as their dictionary code (-1 when missing), an
 * ordinal encoding that tree ensembles split on well enough.
 */
final class FeatureMatrix {

    private final List<String> columns;
    private final double[] medians;

    FeatureMatrix(EncodedTable realTraining, String target) {
        this.columns = realTraining.columns().stream().map(EncodedColumn::name).filter(name -> !name.equals(target)).toList();
        this.medians = columns.stream().map(realTraining::column)
                .mapToDouble(column -> column.isNumeric() ? median(column.numbers()) : 0).toArray();
    }

    double[][] rows(EncodedTable table, int[] rowIndexes) {
        double[][] rows = new double[rowIndexes.length][columns.size()];
        for (int feature = 0; feature < columns.size(); feature++) {
            EncodedColumn column = table.column(columns.get(feature));
            for (int i = 0; i < rowIndexes.length; i++) {
                rows[i][feature] = value(column, rowIndexes[i], medians[feature]);
            }
        }
        return rows;
    }

    private static double value(EncodedColumn column, int row, double median) {
        if (!column.isNumeric()) {
            return column.codes()[row];
        }
        double value = column.numbers()[row];
        return Double.isNaN(value) ? median : value;
    }

    private static double median(double[] values) {
        NumericValues present = NumericValues.of(values);
        return present.isEmpty() ? 0 : present.sorted()[present.sorted().length / 2];
    }
}
