package dev.synthesis.engine.evaluate.privacy;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows as numeric vectors for the isolation forest: numeric columns scaled by the real range
 * (missing as -1, outside every real value), categorical columns as the real training frequency
 * of the category (missing as the frequency of missing), so rare categories are isolated early.
 */
final class OutlierFeatures {

    private final List<double[]> frequencies = new ArrayList<>();
    private final double[] ranges;

    OutlierFeatures(EncodedTable realTraining, double[] ranges) {
        this.ranges = ranges;
        for (EncodedColumn column : realTraining.columns()) {
            frequencies.add(column.isNumeric() ? null : frequencies(column));
        }
    }

    double[][] rows(EncodedTable table, int[] rowIndexes) {
        double[][] rows = new double[rowIndexes.length][table.columns().size()];
        int numeric = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            EncodedColumn column = table.columns().get(c);
            double range = column.isNumeric() ? ranges[numeric++] : 0;
            for (int i = 0; i < rowIndexes.length; i++) {
                rows[i][c] = value(column, rowIndexes[i], range, frequencies.get(c));
            }
        }
        return rows;
    }

    private static double value(EncodedColumn column, int row, double range, double[] frequency) {
        if (column.isNumeric()) {
            double value = column.numbers()[row];
            return Double.isNaN(value) ? -1 : value / range;
        }
        int code = column.codes()[row];
        int missingSlot = frequency.length - 1;
        if (code < 0) {
            return frequency[missingSlot];
        }
        return code < missingSlot ? frequency[code] : 0;
    }

    private static double[] frequencies(EncodedColumn column) {
        int categories = column.dictionary().realCount();
        double[] shares = new double[categories + 1];
        for (int code : column.codes()) {
            shares[code < 0 ? categories : code]++;
        }
        for (int slot = 0; slot < shares.length && column.size() > 0; slot++) {
            shares[slot] /= column.size();
        }
        return shares;
    }
}
