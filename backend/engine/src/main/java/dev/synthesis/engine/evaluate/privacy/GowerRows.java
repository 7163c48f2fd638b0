package dev.synthesis.engine.evaluate.privacy;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import dev.synthesis.engine.evaluate.quality.NumericValues;
import java.util.List;

/**
 * Rows laid out for Gower distance: numeric values divided by the real training column's range
 * (so a difference of one whole range is 1), row-major, NaN when missing; categorical codes
 * row-major, -1 when missing.
 *
 * @param numbers        rowCount × numericCount scaled values
 * @param codes          rowCount × categoricalCount codes
 * @param numericCount   numeric columns per row
 * @param categoricalCount categorical columns per row
 * @param rowCount       number of rows
 */
public record GowerRows(double[] numbers, int[] codes, int numericCount, int categoricalCount, int rowCount) {

    /** Ranges of the real training table's numeric columns, in column order; a constant column gets range 1. */
    public static double[] ranges(EncodedTable realTraining) {
        return realTraining.columns().stream().filter(EncodedColumn::isNumeric).mapToDouble(column -> {
            NumericValues values = NumericValues.of(column.numbers());
            double range = values.isEmpty() ? 0 : values.max() - values.min();
            return range > 0 ? range : 1;
        }).toArray();
    }

    public static GowerRows of(EncodedTable table, double[] ranges) {
        List<EncodedColumn> numeric = table.columns().stream().filter(EncodedColumn::isNumeric).toList();
        List<EncodedColumn> categorical = table.columns().stream().filter(column -> !column.isNumeric()).toList();
        int rows = table.rowCount();
        double[] numbers = new double[rows * numeric.size()];
        for (int c = 0; c < numeric.size(); c++) {
            double[] values = numeric.get(c).numbers();
            for (int row = 0; row < rows; row++) {
                numbers[row * numeric.size() + c] = values[row] / ranges[c];
            }
        }
        int[] codes = new int[rows * categorical.size()];
        for (int c = 0; c < categorical.size(); c++) {
            int[] values = categorical.get(c).codes();
            for (int row = 0; row < rows; row++) {
                codes[row * categorical.size() + c] = values[row];
            }
        }
        return new GowerRows(numbers, codes, numeric.size(), categorical.size(), rows);
    }

    public int width() {
        return numericCount + categoricalCount;
    }
}
