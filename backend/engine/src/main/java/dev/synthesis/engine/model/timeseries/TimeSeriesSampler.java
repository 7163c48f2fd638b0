package dev.synthesis.engine.model.timeseries;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldType;

/**
 * A linear trend with seasonal terms plus an autoregressive residual, the row index being the time step. The residual at
 * row t is computed from its truncated MA(infinity) form, sum of psi_j * sigma * e_{t-j}, where every
 * innovation e_s comes from a counter-based stream keyed by s: any row can be produced alone, so
 * partitions on different threads give exactly the rows a single pass gives, autocorrelation included.
 */
@JsonTypeName("timeseries")
public record TimeSeriesSampler(FieldType type, Seasonality trend, double[] psi, double sigma, AxisBounds bounds)
        implements FieldSampler {

    /** Keeps innovation streams apart from the per-field value streams. */
    private static final long INNOVATION_STREAM = 1L << 40;

    @Override
    public Object sample(SampleContext context) {
        long row = context.row();
        RowRandom innovations = new RowRandom();
        long stream = INNOVATION_STREAM + context.field();
        double residual = 0;
        for (int j = 0; j < psi.length; j++) {
            residual += psi[j] * innovations.reset(context.seed(), stream, row - j).nextGaussian();
        }
        double value = bounds.reflect(trend.at(row) + sigma * residual);
        return TypedValues.fromAxis(type, value, null);
    }
}
