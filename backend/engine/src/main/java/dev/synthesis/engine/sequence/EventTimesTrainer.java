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
        EventTimes declared = schemaOnly(orderBy);
        double[] present = Arrays.stream(time).filter(Double::isFinite).toArray();
        if (present.length == 0) {
            return declared;
        }
        Observed seen = observe(declared, time, entities, parentStart);
        boolean respectsStart = seen.offsets.isEmpty() || seen.respected >= RESPECTED_SHARE * seen.offsets.size();
        return new EventTimes(orderBy.type(), seen.gaps.isEmpty() ? null : quantiles(seen.gaps, random),
                seen.offsets.isEmpty() ? null : quantiles(seen.offsets, random), quantiles(seen.firsts, random), respectsStart,
                ValueGrid.step(orderBy.type(), present), declared.bounds(), TypedValues.offsetOf(column));
    }

    /** What the seed shows, on the transformed scales the quantile models are fitted on. */
    private static final class Observed {
        private final List<Object> gaps = new ArrayList<>();
        private final List<Object> offsets = new ArrayList<>();
        private final List<Object> firsts = new ArrayList<>();
        private long respected;
    }

    private static Observed observe(EventTimes axis, double[] time, Entities entities, Instant[] parentStart) {
        Observed seen = new Observed();
        for (int g = 0; g < entities.count(); g++) {
            int[] rows = entities.rows().get(g);
            if (Double.isNaN(time[rows[0]])) {
                continue;
            }
            seen.firsts.add(time[rows[0]]);
            for (int i = 1; i < rows.length && Double.isFinite(time[rows[i]]); i++) {
                seen.gaps.add(EventTimes.asinh(time[rows[i]] - time[rows[i - 1]]));
            }
            Instant start = parentStart == null ? null : parentStart[entities.entity()[g]];
            if (start != null) {
                double offset = time[rows[0]] - axis.axisOf(start);
                seen.offsets.add(EventTimes.asinh(offset));
                seen.respected += offset >= 0 ? 1 : 0;
            }
        }
        return seen;
    }

    /** Times from the declaration alone: a whole day or second grid within the declared bounds. */
    static EventTimes schemaOnly(FieldDefinition orderBy) {
        return new EventTimes(orderBy.type(), null, null, null, true, 1, AxisBounds.of(orderBy), null);
    }

    private static QuantileSampler quantiles(List<Object> values, RandomGenerator random) {
        return QuantileTrainer.fit(FieldDefinition.of("axis", FieldType.NUMBER), values, random, null);
    }
}
