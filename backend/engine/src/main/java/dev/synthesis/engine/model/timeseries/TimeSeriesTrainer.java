package dev.synthesis.engine.model.timeseries;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.List;

/** Fits a {@link TimeSeriesSampler}: least-squares linear trend over the row index, then AR(p) on the residuals. */
public final class TimeSeriesTrainer {

    private static final int MAX_ORDER = 20;
    private static final int MAX_WEIGHTS = 400;
    private static final double NEGLIGIBLE = 1e-4;

    private TimeSeriesTrainer() {}

    public static TimeSeriesSampler fit(FieldDefinition field, List<Object> values) {
        double[] series = filled(values);
        double[] trend = trend(series);
        double[] residuals = new double[series.length];
        for (int t = 0; t < series.length; t++) {
            residuals[t] = series[t] - trend[0] - trend[1] * t;
        }
        AutoRegression ar = AutoRegression.fit(residuals, Math.min(MAX_ORDER, Math.max(1, series.length / 10)));
        double[] psi = truncate(ar.impulseResponse(MAX_WEIGHTS));
        double min = java.util.Arrays.stream(series).min().orElse(0);
        double max = java.util.Arrays.stream(series).max().orElse(0);
        double spread = max - min;
        AxisBounds bounds = AxisBounds.of(field).orElse(min - spread, max + spread);
        return new TimeSeriesSampler(field.type(), trend[0], trend[1], psi, Math.sqrt(ar.noiseVariance()), bounds);
    }

    /** Missing values take the previous observation, so the series keeps its time steps. */
    private static double[] filled(List<Object> values) {
        double[] series = new double[values.size()];
        double last = values.stream().mapToDouble(TypedValues::toAxis).filter(Double::isFinite).findFirst().orElse(0);
        for (int t = 0; t < series.length; t++) {
            double value = TypedValues.toAxis(values.get(t));
            last = Double.isFinite(value) ? value : last;
            series[t] = last;
        }
        return series;
    }

    /** Intercept and slope of the least-squares line through (t, series[t]). */
    private static double[] trend(double[] series) {
        int n = series.length;
        double meanT = (n - 1) / 2.0;
        double meanY = java.util.Arrays.stream(series).average().orElse(0);
        double covariance = 0;
        double varianceT = 0;
        for (int t = 0; t < n; t++) {
            covariance += (t - meanT) * (series[t] - meanY);
            varianceT += (t - meanT) * (t - meanT);
        }
        double slope = varianceT > 0 ? covariance / varianceT : 0;
        return new double[] {meanY - slope * meanT, slope};
    }

    private static double[] truncate(double[] psi) {
        int length = psi.length;
        while (length > 1 && Math.abs(psi[length - 1]) < NEGLIGIBLE) {
            length--;
        }
        return java.util.Arrays.copyOf(psi, length);
    }
}
