package dev.synthesis.engine.sequence;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.schema.FieldType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * When an entity's events happen, on the order field's axis (epoch days or seconds). Learned from a
 * seed: the first event's offset after the parent's start, or without a start the first event's time,
 * then the gaps between consecutive events, each drawn from a quantile model of asinh(gap), a log-like
 * transform that keeps same-instant events (gap 0). A parent's start with no learned offsets (the
 * seed had no starts) puts the first event one learned gap after it. Without learned gaps (schema-only) the n events
 * are a Poisson process conditioned on n, that is n sorted uniform times over the window from the
 * parent's start to the field's max (or n + 1 default gaps when it has none).
 *
 * @param gaps          quantile model of asinh(gap); null in schema-only models
 * @param startOffsets  quantile model of asinh(first event - parent start); null when the seed had no starts
 * @param firstTimes    quantile model of the first event's time; null in schema-only models
 * @param respectsStart whether no event may precede the parent's start (the seed showed it, or no seed)
 * @param step          the grid times sit on (1 day for dates, whole seconds, minutes... for date-times)
 * @param offset        the zone offset date-times are written in when the rows carry none; null for local times
 */
public record EventTimes(FieldType type, QuantileSampler gaps, QuantileSampler startOffsets, QuantileSampler firstTimes,
                         boolean respectsStart, double step, AxisBounds bounds, ZoneOffset offset) {

    private static final double SECONDS_PER_DAY = 86_400;
    /** Where a schema-only sequence starts when neither a parent start nor any row's time says (SchemaOnly's default too). */
    private static final double DEFAULT_START_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    /** The increasing event times of one entity; {@code anchor} is the earliest time the per-row model proposed, or NaN. */
    double[] place(SampleContext context, Double start, int count, double anchor) {
        double[] times = gaps == null ? window(context, start, count, anchor) : learned(context, start, count);
        for (int i = 0; i < count; i++) {
            times[i] = bounds.clamp(times[i]);
        }
        return times;
    }

    private double[] learned(SampleContext context, Double start, int count) {
        double[] times = new double[count];
        double time = start == null ? axis(firstTimes, context) : start + Math.sinh(axis(startOffsets == null ? gaps : startOffsets, context));
        if (start != null && respectsStart) {
            time = Math.max(time, start);
        }
        time = onGrid(time, start != null && respectsStart);
        for (int i = 0; i < count; i++) {
            times[i] = time;
            time += Math.round(Math.sinh(axis(gaps, context)) / step) * step;
        }
        return times;
    }

    private double[] window(SampleContext context, Double start, int count, double anchor) {
        double from = start != null ? start : !Double.isNaN(anchor) ? anchor
                : Double.isFinite(bounds.lower()) ? bounds.lower() : DEFAULT_START_DAY * daySize();
        double to = Double.isFinite(bounds.upper()) ? Math.max(from, bounds.upper()) : from + (count + 1) * daySize();
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            times[i] = from + context.random().nextDouble() * (to - from);
        }
        Arrays.sort(times);
        for (int i = 0; i < count; i++) {
            times[i] = onGrid(times[i], true);
        }
        return times;
    }

    /** Rounds to the grid; upwards when the time must not fall before where it started. */
    private double onGrid(double time, boolean upwards) {
        return (upwards ? Math.ceil(time / step) : Math.round(time / step)) * step;
    }

    private double daySize() {
        return type == FieldType.DATE ? 1 : SECONDS_PER_DAY;
    }

    private static double axis(QuantileSampler sampler, SampleContext context) {
        return TypedValues.toAxis(sampler.sample(context));
    }

    /** The inverse of {@link Math#sinh}, computed on |x| so large negative offsets keep their precision. */
    static double asinh(double x) {
        double magnitude = Math.abs(x);
        return Math.copySign(Math.log(magnitude + Math.sqrt(magnitude * magnitude + 1)), x);
    }

    /** An instant on this field's axis, rounded up so that an event at that axis value is not before the instant. */
    double axisOf(Instant instant) {
        long second = instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
        return type == FieldType.DATE ? Math.floorDiv(instant.getEpochSecond(), (long) SECONDS_PER_DAY) : second;
    }
}
