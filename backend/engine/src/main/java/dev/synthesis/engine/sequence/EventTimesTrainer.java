package dev.synthesis.engine.sequence;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.numeric.QuantileTrainer;
import dev.synthesis.engine.model.numeric.ValueGrid;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Fits {@link EventTimes} from the seed's event times grouped per entity. */
final class EventTimesTrainer {

    /** The share of first events at or after the parent's start above which no generated event precedes it. */
    static final double RESPECTED_SHARE = 0.99;

    private EventTimesTrainer() {}

    static EventTimes fit(FieldDefinition orderBy, List<Object> column, double[] time, Entities entities, Instant[] parentStart,
                          RandomGenerator random) {
        EventTimes shape = schemaOnly(orderBy);
        double[] present = Arrays.stream(time).filter(Double::isFinite).toArray();
        if (present.length == 0) {
            return shape;
        }
        List<Object> gaps = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        List<Object> firsts = new ArrayList<>();
        long respected = 0;
        for (int g = 0; g < entities.count(); g++) {
            int[] rows = entities.rows().get(g);
            if (Double.isNaN(time[rows[0]])) {
                continue;
            }
            firsts.add(time[rows[0]]);
            for (int i = 1; i < rows.length && Double.isFinite(time[rows[i]]); i++) {
                gaps.add(EventTimes.asinh(time[rows[i]] - time[rows[i - 1]]));
            }
            Instant start = parentStart == null ? null : parentStart[entities.entity()[g]];
            if (start != null) {
                double offset = time[rows[0]] - shape.axisOf(start);
                offsets.add(EventTimes.asinh(offset));
                respected += offset >= 0 ? 1 : 0;
            }
        }
        boolean respectsStart = offsets.isEmpty() || respected >= RESPECTED_SHARE * offsets.size();
        return new EventTimes(orderBy.type(), gaps.isEmpty() ? null : quantiles(gaps, random),
                offsets.isEmpty() ? null : quantiles(offsets, random), quantiles(firsts, random), respectsStart,
                ValueGrid.step(orderBy.type(), present), shape.bounds(), TypedValues.offsetOf(column));
    }

    /** Times from the declaration alone: a whole day or second grid within the declared bounds. */
    static EventTimes schemaOnly(FieldDefinition orderBy) {
        return new EventTimes(orderBy.type(), null, null, null, true, 1, AxisBounds.of(orderBy), null);
    }

    private static QuantileSampler quantiles(List<Object> values, RandomGenerator random) {
        return QuantileTrainer.fit(FieldDefinition.of("axis", FieldType.NUMBER), values, null, random, null);
    }
}
