package dev.synthesis.engine.model.timeseries;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.List;

/**
 * Fits a {@link TimeSeriesSampler}: least-squares linear trend and seasonal terms over the row index
 * (only for periods the seed covers at least twice), then AR(p) on the residuals.
 */
public final class TimeSeriesTrainer {

    private static final int MAX_ORDER = 20;
    private static final int MAX_WEIGHTS = 400;
    private static final double NEGLIGIBLE = 1e-4;

    private TimeSeriesTrainer() {}

    /** @param periods candidate seasonal periods in time steps (e.g. a year of daily steps is 365.25) */
    public static TimeSeriesSampler fit(FieldDefinition field, List<Object> values, double[] periods) {
        double[] series = filled(values);
        double[] covered = java.util.Arrays.stream(periods).filter(period -> period > 2 && 2 * period <= series.length).toArray();
        Seasonality trend = Seasonality.fit(series, covered);
        double[] residuals = new double[series.length];
        for (int t = 0; t < series.length; t++) {
            residuals[t] = series[t] - trend.at(t);
        }
        AutoRegression ar = AutoRegression.fit(residuals, Math.min(MAX_ORDER, Math.max(1, series.length / 10)));
        double[] psi = truncate(ar.impulseResponse(MAX_WEIGHTS));
        double min = java.util.Arrays.stream(series).min().orElse(0);
        double max = java.util.Arrays.stream(series).max().orElse(0);
        double spread = max - min;
        AxisBounds bounds = AxisBounds.of(field).orElse(min - spread, max + spread);
        return new TimeSeriesSampler(field.type(), trend, psi, Math.sqrt(ar.noiseVariance()), bounds);
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

    private static double[] truncate(double[] psi) {
        int length = psi.length;
        while (length > 1 && Math.abs(psi[length - 1]) < NEGLIGIBLE) {
            length--;
        }
        return java.util.Arrays.copyOf(psi, length);
    }
}
