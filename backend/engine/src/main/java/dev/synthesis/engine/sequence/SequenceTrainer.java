package dev.synthesis.engine.sequence;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.SequenceSpec;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fits {@link SequenceModel}s: from a seed's child rows grouped per parent, or from the child's declaration alone. */
public final class SequenceTrainer {

    private SequenceTrainer() {}

    /**
     * entityOfRow[i]: index of child row i's parent among the parent rows (-1 = orphan, ignored);
     * parentStart[e]: that parent's start instant or null; seed for any randomness in fitting.
     */
    public static SequenceModel fit(DataSchema child, Table childSeed, int[] entityOfRow, SequenceSpec spec,
                                    Instant[] parentStart, long seed) {
        FieldDefinition orderBy = orderField(child, spec);
        List<Object> timeColumn = childSeed.column(childSeed.columnIndex(orderBy.name()));
        double[] time = timeColumn.stream().mapToDouble(TypedValues::toAxis).toArray();
        Entities entities = Entities.group(entityOfRow, time);
        SplittableRandom random = new SplittableRandom(seed);
        EventTimes times = EventTimesTrainer.fit(orderBy, timeColumn, time, entities, parentStart, random);
        List<Series> series = new ArrayList<>();
        for (int f = 0; f < child.fields().size(); f++) {
            FieldDefinition field = child.fields().get(f);
            if (!field.equals(orderBy) && childSeed.columns().contains(field.name())) {
                SeriesTrainer.fit(field, f, childSeed.column(childSeed.columnIndex(field.name())), entities, random, seed + f)
                        .ifPresent(series::add);
            }
        }
        return new SequenceModel(child.fields().indexOf(orderBy), times, series);
    }

    /** Event times only: without a seed there is no trend or autocorrelation to learn. */
    public static SequenceModel schemaOnly(DataSchema child, SequenceSpec spec) {
        FieldDefinition orderBy = orderField(child, spec);
        return new SequenceModel(child.fields().indexOf(orderBy), EventTimesTrainer.schemaOnly(orderBy), List.of());
    }

    private static FieldDefinition orderField(DataSchema child, SequenceSpec spec) {
        FieldDefinition field = child.field(spec.orderBy()).orElseThrow(() -> new IllegalArgumentException(
                "the sequence's order field '" + spec.orderBy() + "' is not a field of " + child.name()));
        if (!field.type().isTemporal()) {
            throw new IllegalArgumentException("the sequence's order field '" + field.name() + "' is a " + field.type().jsonName()
                    + "; it must be a date or datetime");
        }
        return field;
    }
}
