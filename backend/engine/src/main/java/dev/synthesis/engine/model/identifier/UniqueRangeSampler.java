package dev.synthesis.engine.model.identifier;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.FieldType;
import java.time.ZoneOffset;

/**
 * Unique values spread over [lower, upper] in a scrambled order: row n takes grid point
 * {@code permutation(n)}. Integers, dates and date-times use every unit step; numbers use a grid of
 * {@code steps} points.
 */
@JsonTypeName("unique-range")
public record UniqueRangeSampler(FieldType type, double lower, double upper, long steps, ZoneOffset offset)
        implements FieldSampler {

    private static final long NUMBER_GRID = 1L << 40;

    /** Every whole step of the range for integers and temporal axes, a fine grid for numbers. */
    public static UniqueRangeSampler over(FieldType type, double lower, double upper, ZoneOffset offset) {
        long steps = type == FieldType.NUMBER ? NUMBER_GRID : (long) Math.floor(upper - lower) + 1;
        return new UniqueRangeSampler(type, lower, upper, Math.max(1, steps), offset);
    }

    @Override
    public Object sample(SampleContext context) {
        long index = new Permutation(steps, RowRandom.mix(context.seed() + context.field())).apply(context.row());
        double value = type == FieldType.NUMBER && steps > 1
                ? lower + (upper - lower) * index / (steps - 1)
                : lower + index;
        return TypedValues.fromAxis(type, Math.min(value, upper), offset);
    }

    @Override
    public long uniqueCapacity() {
        return Math.min(steps, Permutation.MAX_SIZE);
    }
}
