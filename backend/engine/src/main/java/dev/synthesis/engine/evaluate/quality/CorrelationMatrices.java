package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.List;

/**
 * Pearson correlation matrices of the numeric columns, real and synthetic, for a heat map.
 * Undefined entries (a constant column) are null in JSON.
 *
 * @param columns   the numeric columns, row and column order of both matrices
 * @param real      real correlations
 * @param synthetic synthetic correlations
 */
public record CorrelationMatrices(List<String> columns, Double[][] real, Double[][] synthetic) {

    public static CorrelationMatrices of(EncodedTable real, EncodedTable synthetic) {
        List<String> numeric = real.columns().stream().filter(EncodedColumn::isNumeric).map(EncodedColumn::name).toList();
        return new CorrelationMatrices(numeric, matrix(real, numeric), matrix(synthetic, numeric));
    }

    private static Double[][] matrix(EncodedTable table, List<String> columns) {
        Double[][] matrix = new Double[columns.size()][columns.size()];
        for (int a = 0; a < columns.size(); a++) {
            for (int b = a; b < columns.size(); b++) {
                double rho = PearsonCorrelation.of(table.column(columns.get(a)).numbers(), table.column(columns.get(b)).numbers());
                matrix[a][b] = Double.isNaN(rho) ? null : rho;
                matrix[b][a] = matrix[a][b];
            }
        }
        return matrix;
    }
}
