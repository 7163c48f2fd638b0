package dev.synthesis.engine.model.timeseries;

/**
 * A deterministic part of a series: intercept, linear trend and, per seasonal period (in time steps),
 * one sine/cosine pair, fitted by ordinary least squares (a first-order Fourier term per period, as in
 * the harmonic regression of Hyndman and Athanasopoulos, "Forecasting: Principles and Practice",
 * 3rd ed., section 7.4).
 *
 * @param coefficients intercept, slope, then sin and cos weights per period
 */
public record Seasonality(double[] periods, double[] coefficients) {

    public double at(long t) {
        double value = coefficients[0] + coefficients[1] * t;
        for (int k = 0; k < periods.length; k++) {
            double angle = 2 * Math.PI * t / periods[k];
            value += coefficients[2 + 2 * k] * Math.sin(angle) + coefficients[3 + 2 * k] * Math.cos(angle);
        }
        return value;
    }

    public static Seasonality fit(double[] series, double[] periods) {
        int terms = 2 + 2 * periods.length;
        double[][] normal = new double[terms][terms + 1];
        double[] row = new double[terms];
        for (int t = 0; t < series.length; t++) {
            regressors(t, periods, row);
            for (int i = 0; i < terms; i++) {
                for (int j = 0; j < terms; j++) {
                    normal[i][j] += row[i] * row[j];
                }
                normal[i][terms] += row[i] * series[t];
            }
        }
        return new Seasonality(periods.clone(), solve(normal));
    }

    private static void regressors(long t, double[] periods, double[] row) {
        row[0] = 1;
        row[1] = t;
        for (int k = 0; k < periods.length; k++) {
            double angle = 2 * Math.PI * t / periods[k];
            row[2 + 2 * k] = Math.sin(angle);
            row[3 + 2 * k] = Math.cos(angle);
        }
    }

    /** Gauss-Jordan elimination with partial pivoting on the augmented normal equations. */
    private static double[] solve(double[][] augmented) {
        int n = augmented.length;
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int r = column + 1; r < n; r++) {
                if (Math.abs(augmented[r][column]) > Math.abs(augmented[pivot][column])) {
                    pivot = r;
                }
            }
            double[] swap = augmented[column];
            augmented[column] = augmented[pivot];
            augmented[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != column && augmented[column][column] != 0) {
                    double factor = augmented[r][column] / augmented[column][column];
                    for (int c = column; c <= n; c++) {
                        augmented[r][c] -= factor * augmented[column][c];
                    }
                }
            }
        }
        double[] solution = new double[n];
        for (int i = 0; i < n; i++) {
            solution[i] = augmented[i][i] == 0 ? 0 : augmented[i][n] / augmented[i][i];
        }
        return solution;
    }
}
